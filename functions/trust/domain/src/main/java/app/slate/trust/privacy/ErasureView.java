package app.slate.trust.privacy;

import java.time.Instant;
import java.util.UUID;

/** An erasure request as its person and admins see it; {@code receipt} is where the signed receipt is read once done. */
public record ErasureView(UUID id, String status, String source, Instant requestedAt, Instant dueAt, Instant completedAt, String receipt) {
}
