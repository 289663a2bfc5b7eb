package app.slate.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** A domain event as it travels on a queue: the outbox row, whole. */
public record EventEnvelope(UUID id, String type, String aggregateType, String aggregateId, Instant occurredAt, JsonNode payload) {
}
