package app.slate.platform.outbox;

import app.slate.platform.blocking.Await;
import app.slate.platform.events.EventCatalog;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.EventType;
import app.slate.platform.events.Subscriber;
import app.slate.platform.logging.Correlation;
import app.slate.platform.logging.Tracing;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeNameForSends;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeValue;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchResponse;

/**
 * Publishes committed outbox events to the queues the event catalog routes them to. Events are
 * claimed for a short lease (so that concurrent relays never publish the same row at once), sent,
 * and only then stamped as published: a crash in between publishes again, never loses. Events of
 * pending types (no consumer yet) are never claimed. Once delivered, an event's secret fields are
 * dropped from its row, and {@link #sweep} deletes rows older than the retention window. Blocking
 * by design: it runs on a Lambda handler thread or a local poller thread.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int MAX_ROUNDS = 20;
    private static final int SQS_BATCH = 10;

    private static final String CLAIM = """
            UPDATE outbox_events SET claimed_until = now() + make_interval(secs => $2), attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox_events
                         WHERE published_at IS NULL AND (claimed_until IS NULL OR claimed_until < now()) AND event_type = ANY($3)
                         ORDER BY seq LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, seq, event_type, aggregate_type, aggregate_id, payload::text AS payload, occurred_at, correlation_id, trace_header""";
    private static final String MARK_PUBLISHED =
            "UPDATE outbox_events SET published_at = now(), last_error = NULL WHERE id = ANY($1)";
    private static final String MARK_FAILED = "UPDATE outbox_events SET last_error = $2 WHERE id = ANY($1)";
    private static final String DROP_SECRETS = "UPDATE outbox_events SET payload = payload - $2::text[] WHERE id = ANY($1)";
    private static final String OLDEST_PENDING = """
            SELECT coalesce(extract(epoch FROM now() - min(occurred_at)), 0) AS age FROM outbox_events
            WHERE published_at IS NULL AND event_type = ANY($1)""";
    private static final String SWEEP = """
            DELETE FROM outbox_events WHERE id IN (
                SELECT id FROM outbox_events
                WHERE published_at < now() - make_interval(secs => $1)
                   OR (published_at IS NULL AND event_type = ANY($2) AND occurred_at < now() - make_interval(secs => $1))
                LIMIT $3)""";

    private final Pool database;
    private final SqsClient sqs;
    private final OutboxConfig config;
    private final ObjectMapper json;
    /** Queue URLs by event type name, from the catalog's routing and the configured queues. */
    private final Map<String, List<String>> routes;

    public OutboxRelay(Pool database, SqsClient sqs, OutboxConfig config, ObjectMapper json) {
        this.database = database;
        this.sqs = sqs;
        this.config = config;
        this.json = json;
        this.routes = routes(config);
    }

    /** Fails on a configured queue that no subscriber has, or a subscriber that outbox events are routed to but has no queue. */
    static Map<String, List<String>> routes(OutboxConfig config) {
        Map<Subscriber, String> queues = new EnumMap<>(Subscriber.class);
        config.subscriptions().forEach((name, subscription) -> queues.put(Subscriber.forQueue(name).orElseThrow(
                () -> new IllegalStateException("slate.outbox.subscriptions." + name + ": no such subscriber")), subscription.queueUrl()));
        Map<String, List<String>> routes = new HashMap<>();
        for (EventType<?> type : EventCatalog.ALL.stream().filter(type -> !type.external()).toList()) {
            List<String> urls = type.subscribers().stream().map(subscriber -> Optional.ofNullable(queues.get(subscriber)).orElseThrow(
                    () -> new IllegalStateException("no queue for subscriber " + subscriber.queue() + " (slate.outbox.subscriptions."
                            + subscriber.queue() + ".queue-url)"))).toList();
            if (!urls.isEmpty()) {
                routes.put(type.name(), urls);
            }
        }
        return routes;
    }

    /** Deletes what the retention window lets go of: delivered events, and pending ones nobody will take in time. */
    public int sweep() {
        String[] pending = EventCatalog.pending().stream().map(EventType::name).toArray(String[]::new);
        return database.preparedQuery(SWEEP)
                .execute(Tuple.of(config.retention().toSeconds(), pending, config.sweepBatch()))
                .await().atMost(Await.LIMIT).rowCount();
    }

    /** Publishes until nothing is pending (bounded, so that one invocation cannot run forever). */
    public int relayPending() {
        int published = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Pending> claimed = claim();
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

    /**
     * How long the oldest event that should have left has waited, in seconds (0 when none waits):
     * growing, it means the relay cannot reach SQS or does not run.
     */
    public double oldestPendingSeconds() {
        String[] routed = routes.keySet().toArray(String[]::new);
        return database.preparedQuery(OLDEST_PENDING).execute(Tuple.of((Object) routed)).await().atMost(Await.LIMIT)
                .iterator().next().getNumeric("age").doubleValue();
    }

    /** A claimed event, and the trace of the invocation that recorded it (see {@link Tracing}). */
    private record Pending(EventEnvelope event, String traceHeader) {
    }

    private List<Pending> claim() {
        record Claimed(long seq, Pending pending) {
        }
        List<Claimed> claimed = new ArrayList<>();
        String[] routed = routes.keySet().toArray(String[]::new);
        for (Row row : database.preparedQuery(CLAIM).execute(Tuple.of(config.batchSize(), config.claimSeconds(), routed))
                .await().atMost(Await.LIMIT)) {
            claimed.add(new Claimed(row.getLong("seq"), new Pending(toEnvelope(row), row.getString("trace_header"))));
        }
        // RETURNING has no order: publish in the order the events were written (versions settle the rest).
        return claimed.stream().sorted(Comparator.comparingLong(Claimed::seq)).map(Claimed::pending).toList();
    }

    private int publish(List<Pending> claimed) {
        List<EventEnvelope> events = claimed.stream().map(Pending::event).toList();
        Map<UUID, String> traces = new HashMap<>();
        claimed.stream().filter(pending -> pending.traceHeader() != null)
                .forEach(pending -> traces.put(pending.event().id(), pending.traceHeader()));
        Set<UUID> failed = new HashSet<>();
        String lastError = null;
        Map<String, List<EventEnvelope>> byQueue = new LinkedHashMap<>();
        events.forEach(event -> routes.get(event.type()).forEach(url -> byQueue.computeIfAbsent(url, u -> new ArrayList<>()).add(event)));
        for (Map.Entry<String, List<EventEnvelope>> queue : byQueue.entrySet()) {
            List<EventEnvelope> wanted = queue.getValue();
            for (int from = 0; from < wanted.size(); from += SQS_BATCH) {
                List<EventEnvelope> chunk = wanted.subList(from, Math.min(wanted.size(), from + SQS_BATCH));
                try {
                    SendMessageBatchResponse response = sqs.sendMessageBatch(b -> b
                            .queueUrl(queue.getKey())
                            .entries(chunk.stream().map(event -> toEntry(event, traces.get(event.id()))).toList()));
                    response.failed().forEach(f -> failed.add(UUID.fromString(f.id())));
                    if (!response.failed().isEmpty()) {
                        lastError = queue.getKey() + ": " + response.failed().get(0).message();
                    }
                } catch (RuntimeException e) {
                    chunk.forEach(event -> failed.add(event.id()));
                    lastError = queue.getKey() + ": " + e.getMessage();
                }
            }
        }
        List<UUID> published = events.stream().map(EventEnvelope::id).filter(id -> !failed.contains(id)).toList();
        if (!published.isEmpty()) {
            database.preparedQuery(MARK_PUBLISHED).execute(Tuple.of(published.toArray(UUID[]::new)))
                    .await().atMost(Await.LIMIT);
            dropSecrets(events.stream().filter(event -> !failed.contains(event.id())).toList());
        }
        if (!failed.isEmpty()) {
            LOG.warnf("%d outbox event(s) not published, retried after the claim expires: %s", failed.size(), lastError);
            database.preparedQuery(MARK_FAILED).execute(Tuple.of(failed.toArray(UUID[]::new), lastError))
                    .await().atMost(Await.LIMIT);
        }
        return published.size();
    }

    /** Delivered: what only the consumer needed (a token for an email, a national id for a provider) leaves the outbox. */
    private void dropSecrets(List<EventEnvelope> delivered) {
        Map<EventType<?>, List<UUID>> withSecrets = new HashMap<>();
        delivered.forEach(event -> EventCatalog.named(event.type()).filter(type -> !type.secrets().isEmpty())
                .ifPresent(type -> withSecrets.computeIfAbsent(type, t -> new ArrayList<>()).add(event.id())));
        withSecrets.forEach((type, ids) -> database.preparedQuery(DROP_SECRETS)
                .execute(Tuple.of(ids.toArray(UUID[]::new), type.secrets().toArray(String[]::new)))
                .await().atMost(Await.LIMIT));
    }

    private SendMessageBatchRequestEntry toEntry(EventEnvelope event, String traceHeader) {
        try {
            SendMessageBatchRequestEntry.Builder entry = SendMessageBatchRequestEntry.builder()
                    .id(event.id().toString())
                    .messageBody(json.writeValueAsString(event))
                    .messageAttributes(attributes(event));
            if (traceHeader != null) {
                // Lambda reads this system attribute to continue the trace in the consumer's invocation.
                entry.messageSystemAttributes(Map.of(MessageSystemAttributeNameForSends.AWS_TRACE_HEADER,
                        MessageSystemAttributeValue.builder().dataType("String").stringValue(traceHeader).build()));
            }
            return entry.build();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox event " + event.id() + " cannot be serialised", e);
        }
    }

    /** The type, for queue-side filtering, and the correlation id, so that a consumer's logs lead back to the request. */
    private static Map<String, MessageAttributeValue> attributes(EventEnvelope event) {
        Map<String, MessageAttributeValue> attributes = new HashMap<>();
        attributes.put("eventType", MessageAttributeValue.builder().dataType("String").stringValue(event.type()).build());
        if (event.correlationId() != null) {
            attributes.put(Correlation.ID, MessageAttributeValue.builder().dataType("String").stringValue(event.correlationId()).build());
        }
        return attributes;
    }

    private EventEnvelope toEnvelope(Row row) {
        try {
            OffsetDateTime occurredAt = row.getOffsetDateTime("occurred_at");
            return new EventEnvelope(row.getUUID("id"), row.getString("event_type"), row.getString("aggregate_type"),
                    row.getString("aggregate_id"), occurredAt.toInstant(), json.readTree(row.getString("payload")),
                    row.getString("correlation_id"));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("outbox payload is not JSON", e);
        }
    }
}
