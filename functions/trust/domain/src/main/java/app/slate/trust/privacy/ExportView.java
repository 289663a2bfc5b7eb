package app.slate.trust.privacy;

import java.time.Instant;
import java.util.UUID;

/** An export as its person sees it; {@code download} answers a fresh short-lived link while it is READY. */
public record ExportView(UUID id, String status, Instant requestedAt, Instant readyAt, Instant expiresAt, Long sizeBytes, String download) {
}
