package app.slate.ingestion;

import app.slate.platform.ai.dedupe.ContentHash;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import app.slate.platform.outbox.EventEnvelope;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.SQSBatchResponse;
import com.amazonaws.services.lambda.runtime.events.SQSEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/**
 * SQS batch handler of the casting-call-ingestion queue. It takes the outbox's events for
 * messages posted to the admin API, and raw messages that scrapers put on the queue directly:
 * {"source": "whatsapp", "sourceRef": "group or URL", "text": "..."}. A raw message is stored
 * first, under an id derived from its SQS message id, so a redelivery neither stores nor reads it twice.
 */
@Named(IngestHandler.NAME)
@ApplicationScoped
public class IngestHandler implements RequestHandler<SQSEvent, SQSBatchResponse> {

    public static final String NAME = "casting-call-ingest";
    static final String RAW = "casting.ingestion.raw";
    private static final int MAX_TEXT = 20_000;

    private final IdempotentBatchConsumer consumer;
    private final Ingestion ingestion;
    private final IngestionRows rows;
    private final ObjectMapper json;

    public IngestHandler(IdempotentBatchConsumer consumer, Ingestion ingestion, IngestionRows rows, ObjectMapper json) {
        this.consumer = consumer;
        this.ingestion = ingestion;
        this.rows = rows;
        this.json = json;
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, this::envelope, event -> {
            switch (event.type()) {
                case CastingEvents.INGESTION_RECEIVED -> ingestion.process(UUID.fromString(event.payload().path("messageId").asText()));
                case RAW -> {
                    JsonNode raw = event.payload();
                    UUID id = UUID.fromString(event.aggregateId());
                    String text = raw.path("text").asText();
                    rows.store(id, raw.path("source").asText("queue"), raw.path("sourceRef").isTextual() ? raw.path("sourceRef").asText() : null,
                            text, ContentHash.of(text));
                    ingestion.process(id);
                }
                default -> throw new IllegalArgumentException("unexpected event type " + event.type());
            }
        });
    }

    private EventEnvelope envelope(SQSEvent.SQSMessage message) {
        JsonNode body;
        try {
            body = json.readTree(message.getBody());
        } catch (IOException e) {
            throw new IllegalArgumentException("message is not JSON", e);
        }
        if (body.hasNonNull("type") && body.hasNonNull("id")) {
            try {
                return json.treeToValue(body, EventEnvelope.class);
            } catch (IOException e) {
                throw new IllegalArgumentException("malformed event envelope", e);
            }
        }
        String text = body.path("text").asText("");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a raw message needs text of 1 to " + MAX_TEXT + " characters");
        }
        UUID id = UUID.nameUUIDFromBytes(("sqs:" + message.getMessageId()).getBytes(StandardCharsets.UTF_8));
        return new EventEnvelope(id, RAW, CastingEvents.INGESTION_AGGREGATE, id.toString(), Instant.now(), body);
    }
}
