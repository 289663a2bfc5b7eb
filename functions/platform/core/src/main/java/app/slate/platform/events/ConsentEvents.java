package app.slate.platform.events;

import java.util.UUID;

/**
 * A consent given or withdrawn, written by trust-api with the record. Matching re-decides whether
 * the person's profile is in the match indices (AI matching); the record itself stays the trust
 * context's, read through trust/reads.
 */
public final class ConsentEvents {

    public static final String AGGREGATE = "consent";

    public static final EventType<ConsentChanged> CHANGED =
            EventType.routed("privacy.consent-changed", AGGREGATE, ConsentChanged.class, Subscriber.MATCHING);

    /** {@code purpose} is one of trust's purposes (AI_MATCHING, PUBLIC_PROFILE, ...). */
    public record ConsentChanged(UUID accountId, String purpose, boolean given, String version) {
    }

    private ConsentEvents() {
    }
}
