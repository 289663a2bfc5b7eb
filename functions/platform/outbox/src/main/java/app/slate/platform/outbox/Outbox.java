package app.slate.platform.outbox;

import app.slate.platform.events.EventType;
import app.slate.platform.logging.Correlation;
import app.slate.platform.logging.Tracing;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes domain events into the outbox table. Call it inside the transaction that makes the
 * change: the event then exists exactly when the change does.
 */
@ApplicationScoped
public class Outbox {

    /** Marks the request (its Vert.x duplicated context) as having recorded an event, for {@link OutboxWakeup}. */
    static final String RECORDED = "slate.outbox.recorded";
    // The payload goes as text: a String bound straight to jsonb would be stored as one JSON string.
    private static final String INSERT = """
            INSERT INTO outbox_events (id, event_type, aggregate_type, aggregate_id, payload, occurred_at, correlation_id, trace_header)
            VALUES ($1, $2, $3, $4, $5::text::jsonb, $6, $7, $8)""";

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public <P> Uni<OutboxEvent> record(EventType<P> type, String aggregateId, P payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type.name();
        event.aggregateType = type.aggregate();
        event.aggregateId = aggregateId;
        event.occurredAt = Instant.now();
        event.correlationId = Correlation.current();
        event.traceHeader = Tracing.currentHeader();
        try {
            event.payload = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(new IllegalArgumentException("event payload is not serialisable", e));
        }
        if (VertxContext.isOnDuplicatedContext()) {
            ContextLocals.put(RECORDED, Boolean.TRUE);
        }
        return event.persist();
    }

    /**
     * The same, for code that writes its change in SQL on {@code connection} (inside its transaction):
     * one event per entry of {@code payloads}, keyed by aggregate id.
     */
    public <P> Uni<Void> record(SqlConnection connection, EventType<P> type, Map<String, P> payloads) {
        if (payloads.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        String correlation = Correlation.current();
        String trace = Tracing.currentHeader();
        List<Tuple> rows = new ArrayList<>();
        for (Map.Entry<String, P> event : payloads.entrySet()) {
            try {
                rows.add(Tuple.from(new Object[] {UUID.randomUUID(), type.name(), type.aggregate(), event.getKey(),
                        json.writeValueAsString(event.getValue()), now.atOffset(ZoneOffset.UTC), correlation, trace}));
            } catch (JsonProcessingException e) {
                return Uni.createFrom().failure(new IllegalArgumentException("event payload is not serialisable", e));
            }
        }
        return connection.preparedQuery(INSERT).executeBatch(rows).replaceWithVoid();
    }
}
