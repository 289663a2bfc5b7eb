package app.slate.trust.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry as an admin reads it. A person erased since appears as {@code erased} with no id, and
 * what was sealed under their key (target, detail, address) as null: the entry and its hash stay.
 */
public record AuditView(long seq, Instant at, String action, Party actor, Party actingGuardian, Party subject, String targetKind,
                        String target, String detail, String sourceAddress, String requestId, String hash) {

    /** A person named by an entry: their account, or erased. Null in the entry for Slate itself or nobody. */
    public record Party(UUID accountId, boolean erased) {
    }
}
