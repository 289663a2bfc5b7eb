package app.slate.trust.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of the audit log as stored: people by pseudonym, the object and the source address
 * sealed, and the chain's two hashes. Everything here but {@code hash} goes into {@code hash}.
 */
public record AuditEntry(long seq, UUID eventId, Instant at, String action, String actor, String actingGuardian, String subject,
                         String targetKind, String sealedObject, String sealedSource, String requestId, String previousHash,
                         String hash) {

    public AuditEntry withHash(String computed) {
        return new AuditEntry(seq, eventId, at, action, actor, actingGuardian, subject, targetKind, sealedObject, sealedSource, requestId,
                previousHash, computed);
    }
}
