package app.slate.payments.subscriptions;

/**
 * A subscription's states, in the order a subscription moves through them within one second of
 * provider time (the rank breaks ties between two snapshots stamped with the same second).
 * TRIALING, ACTIVE and PAST_DUE entitle: past due keeps the plan while the provider retries.
 */
public enum SubscriptionStatus {
    INCOMPLETE(0), TRIALING(1), ACTIVE(2), PAST_DUE(3), INCOMPLETE_EXPIRED(4), CANCELED(5);

    private final int rank;

    SubscriptionStatus(int rank) {
        this.rank = rank;
    }

    public int rank() {
        return rank;
    }

    public boolean entitles() {
        return this == TRIALING || this == ACTIVE || this == PAST_DUE;
    }

    /** Stripe's subscription statuses: unpaid keeps collecting like past_due; paused entitles nothing. */
    public static SubscriptionStatus ofStripe(String status) {
        return switch (status) {
            case "trialing" -> TRIALING;
            case "active" -> ACTIVE;
            case "past_due", "unpaid" -> PAST_DUE;
            case "incomplete", "paused" -> INCOMPLETE;
            case "incomplete_expired" -> INCOMPLETE_EXPIRED;
            case "canceled" -> CANCELED;
            default -> throw new IllegalArgumentException("unknown Stripe subscription status " + status);
        };
    }
}
