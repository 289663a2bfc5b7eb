package app.slate.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Sensitive actions, written by the function that performs them (in the same transaction as the
 * change, or alone for a read such as viewing a minor's profile) and appended by the trust worker
 * to the one tamper-evident audit log. The source address is personal data: the outbox drops it
 * once the worker has it, and the log keeps it only encrypted (see the trust context).
 */
public final class AuditEvents {

    public static final String AGGREGATE = "audit";

    public static final EventType<ActionRecorded> RECORDED =
            EventType.routed("audit.action-recorded", AGGREGATE, ActionRecorded.class, Subscriber.TRUST).withSecrets("sourceAddress");

    /**
     * One audited action. {@code actorId} is who acted (an admin, a casting director, the person
     * themselves), {@code actingGuardianId} the guardian when one acted for a minor, {@code subjectId}
     * the person the action concerns (null for an action about no person, such as a plan's price);
     * {@code target} names the object ("talent-profile:…", "media:…"), {@code detail} what changed,
     * in words without personal data. {@code actorId} is null for Slate itself (a scheduled erasure).
     */
    public record ActionRecorded(String action, UUID actorId, UUID actingGuardianId, UUID subjectId, String target, String detail,
                                 Instant at, String sourceAddress, String requestId) {
    }

    private AuditEvents() {
    }
}
