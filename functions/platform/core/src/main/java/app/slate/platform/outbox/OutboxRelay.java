package app.slate.platform.outbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Publishes committed outbox events to every subscribed queue. Events are claimed for a short
 * lease (so that concurrent relays never publish the same row at once), sent, and only then
 * stamped as published: a crash in between publishes again, never loses. Blocking by design: it
 * runs on a Lambda handler thread or a local poller thread.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(10);
    private static final int MAX_ROUNDS = 20;
    private static final int SQS_BATCH = 10;

    private static final String CLAIM = """
            UPDATE outbox_events SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox_events
                         WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now())
                         ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, seq, event_type, aggregate_type, aggregate_id, payload::text AS payload, occurred_at""";
    private static final String MARK_PUBLISHED =
            "UPDATE outbox_events SET published_at = now(), last_error = NULL WHERE id = ANY($1)";
    private static final String MARK_FAILED = "UPDATE outbox_events SET last_error = $2 WHERE id = ANY($1)";

    private final Pool database;
    private final SqsClient sqs;
    private final OutboxConfig config;
    private final ObjectMapper json;

    public OutboxRelay(Pool database, SqsClient sqs, OutboxConfig config, ObjectMapper json) {
        this.database = database;
        this.sqs = sqs;
        this.config = config;
        this.json = json;
    }

    /** Publishes until nothing is pending (bounded, so that one invocation cannot run forever). */
    public int relayPending() {
        int published = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<EventEnvelope> claimed = claim();
            if (claimed.isEmpty()) {
                break;
            }
            published += publish(claimed);
            if (claimed.size() < config.batchSize()) {
                break;
            }
        }
        return published;
    }

    private List<EventEnvelope> claim() {
        record Claimed(long seq, EventEnvelope event) {
        }
        List<Claimed> claimed = new ArrayList<>();
        for (Row row : database.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize(), config.claimSeconds()))
                .await().atMost(DATABASE_TIMEOUT)) {
            claimed.add(new Claimed(row.getLong("seq"), toEnvelope(row)));
        }
        // RETURNING has no order: publish in the order the events were written (versions settle the rest).
        return claimed.stream().sorted(Comparator.comparingLong(Claimed::seq)).map(Claimed::event).toList();
    }

    private int publish(List<EventEnvelope> events) {
        Set<UUID> failed = new HashSet<>();
        String lastError = null;
        for (Map.Entry<String, OutboxConfig.Subscription> subscription : config.subscriptions().entrySet()) {
            List<EventEnvelope> wanted = events.stream()
                    .filter(e -> subscription.getValue().eventTypes().contains(e.type())).toList();
            for (int from = 0; from < wanted.size(); from += SQS_BATCH) {
                List<EventEnvelope> chunk = wanted.subList(from, Math.min(wanted.size(), from + SQS_BATCH));
                try {
                    SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b
                            .queueUrl(subscription.getValue().queueUrl())
                            .entries(chunk.stream().map(this::toEntry).toList()));
                    response.failed().forEach(f -> failed.add(UUID.fromString(f.id())));
                    if (!response.failed().isEmpty()) {
                        lastError = subscription.getKey() + ": " + response.failed().get(0).message();
                    }
                } catch (RuntimeException e) {
                    chunk.forEach(event -> failed.add(event.id()));
                    lastError = subscription.getKey() + ": " + e.getMessage();
                }
            }
        }
        List<UUID> published = events.stream().map(EventEnvelope::id).filter(id -> !failed.contains(id)).toList();
        if (!published.isEmpty()) {
            database.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(published.toArray(UUID[]::new)))
                    .await().atMost(DATABASE_TIMEOUT);
        }
        if (!failed.isEmpty()) {
            LOG.warnf("%d outbox event(s) not published, retried after the claim expires: %s", failed.size(), lastError);
            database.preparedQuery(MARK_FAILED).execute(Tuple.of(failed.toArray(UUID[]::new), lastError))
                    .await().atMost(DATABASE_TIMEOUT);
        }
        return published.size();
    }

    private SendMessageBatchRequestEntry toEntry(EventEnvelope event) {
        try {
            return SendMessageBatchRequestEntry.builder()
                    .id(event.id().toString())
                    .messageBody(json.writeValueAsString(event))
                    .messageAttributes(Map.of("eventType",
                            MessageAttributeValue.builder().dataType("String").stringValue(event.type()).build()))
                    .build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + event.id() + " cannot be serialised", e);
        }
    }

    private EventEnvelope toEnvelope(Row row) {
        try {
            OffsetDateTime occurredAt = row.getOffsetDateTime("occurred_at");
            return new EventEnvelope(row.getUUID("id"), row.getString("event_type"), row.getString("aggregate_type"),
                    row.getString("aggregate_id"), occurredAt.toInstant(), json.readTree(row.getString("payload")));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not JSON", e);
        }
    }
}
