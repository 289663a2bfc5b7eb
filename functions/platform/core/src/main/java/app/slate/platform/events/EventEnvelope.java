package app.slate.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/**
 * A domain event as it travels on a queue: the outbox row, whole. {@code correlationId} is the
 * request's (see {@link app.slate.platform.logging.Correlation}); null for events made outside one.
 */
public record EventEnvelope(UUID id, String type, String aggregateType, String aggregateId, Instant occurredAt, JsonNode payload,
                            String correlationId) {

    /** An event with no correlation id (messages that do not come from the outbox: S3 notifications, scraped text). */
    public EventEnvelope(UUID id, String type, String aggregateType, String aggregateId, Instant occurredAt, JsonNode payload) {
        this(id, type, aggregateType, aggregateId, occurredAt, payload, null);
    }
}
