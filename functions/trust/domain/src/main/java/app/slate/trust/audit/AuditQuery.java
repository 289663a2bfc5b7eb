package app.slate.trust.audit;

import java.time.Instant;
import java.util.UUID;

/** What an admin looks for in the audit log; every part is optional. {@code before} pages back by sequence. */
public record AuditQuery(UUID actorId, UUID subjectId, String action, Instant from, Instant to, Long before, int limit) {
}
