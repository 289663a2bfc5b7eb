package app.slate.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Erasures and exports. The trust context writes the requests; the privacy function does the work
 * (an erasure that is due, an export asked for) and notifications tells the person. Payloads name
 * requests, never what the person holds; the account id they carry is erased with the rest.
 */
public final class PrivacyEvents {

    public static final String AGGREGATE = "privacy";

    public static final EventType<ErasureDue> ERASURE_DUE =
            EventType.routed("privacy.erasure-due", AGGREGATE, ErasureDue.class, Subscriber.PRIVACY);
    public static final EventType<ExportRequested> EXPORT_REQUESTED =
            EventType.routed("privacy.export-requested", AGGREGATE, ExportRequested.class, Subscriber.PRIVACY);
    public static final EventType<ErasureScheduled> ERASURE_SCHEDULED =
            EventType.routed("privacy.erasure-scheduled", AGGREGATE, ErasureScheduled.class, Subscriber.NOTIFICATIONS);
    public static final EventType<ExportReady> EXPORT_READY =
            EventType.routed("privacy.export-ready", AGGREGATE, ExportReady.class, Subscriber.NOTIFICATIONS);

    public record ErasureDue(UUID requestId) {
    }

    public record ExportRequested(UUID exportId) {
    }

    /** {@code recipientId}, who asked (the person, or their guardian for a minor), is told when it will run and how to cancel. */
    public record ErasureScheduled(UUID requestId, UUID accountId, UUID recipientId, Instant dueAt) {
    }

    /** {@code recipientId}: who asked for it (the person, or their guardian for a minor). */
    public record ExportReady(UUID exportId, UUID accountId, UUID recipientId, Instant expiresAt) {
    }

    private PrivacyEvents() {
    }
}
