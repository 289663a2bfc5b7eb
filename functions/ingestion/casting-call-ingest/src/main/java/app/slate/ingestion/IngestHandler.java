package app.slate.ingestion;

import app.slate.platform.ai.dedupe.ContentHash;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.Subscriber;
import app.slate.platform.idempotency.EventHandlers;
import app.slate.platform.idempotency.IdempotentBatchConsumer;
import app.slate.platform.persistence.HandlerTransaction;
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
    private static final int MAX_TEXT = 20_000;

    private final IdempotentBatchConsumer consumer;
    private final Ingestion ingestion;
    private final ObjectMapper json;
    private final EventHandlers handlers;

    public IngestHandler(IdempotentBatchConsumer consumer, Ingestion ingestion, ObjectMapper json) {
        this.consumer = consumer;
        this.ingestion = ingestion;
        this.json = json;
        this.handlers = EventHandlers.of(Subscriber.CASTING_CALL_INGESTION)
                .on(CastingEvents.INGESTION_RECEIVED, (event, received) -> ingestion.process(received.messageId()))
                .on(CastingEvents.INGESTION_RAW, this::storeAndProcess)
                .complete();
    }

    @Override
    public SQSBatchResponse handleRequest(SQSEvent batch, Context context) {
        return consumer.consume(NAME, batch, context, this::envelope, handlers);
    }

    private void storeAndProcess(EventEnvelope event, CastingEvents.RawCastingCall raw) {
        UUID id = UUID.fromString(event.aggregateId());
        HandlerTransaction.run(() -> IngestionMessage.storeOnce(id, raw.source() == null ? "queue" : raw.source(), raw.sourceRef(), raw.text(),
                ContentHash.of(raw.text())));
        ingestion.process(id);
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
        return new EventEnvelope(id, CastingEvents.INGESTION_RAW.name(), CastingEvents.INGESTION_AGGREGATE, id.toString(), Instant.now(), body);
    }
}
