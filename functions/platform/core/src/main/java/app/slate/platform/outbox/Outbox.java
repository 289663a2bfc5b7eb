package app.slate.platform.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * Writes domain events into the outbox table. Call it inside the transaction that makes the
 * change: the event then exists exactly when the change does.
 */
@ApplicationScoped
public class Outbox {

    /** Marks the request (its Vert.x duplicated context) as having recorded an event, for {@link OutboxWakeup}. */
    static final String RECORDED = "slate.outbox.recorded";

    private final ObjectMapper json;

    public Outbox(ObjectMapper json) {
        this.json = json;
    }

    public Uni<OutboxEvent> record(String type, String aggregateType, String aggregateId, Object payload) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type;
        event.aggregateType = aggregateType;
        event.aggregateId = aggregateId;
        event.occurredAt = Instant.now();
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
}
