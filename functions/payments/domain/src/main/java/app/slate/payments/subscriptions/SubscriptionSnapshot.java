package app.slate.payments.subscriptions;

import app.slate.payments.checkout.Provider;
import java.time.Instant;

/**
 * A provider's subscription as one of its events showed it, at {@code stateAt} (the provider's
 * own time, Unix seconds). Whose it is and which plan it buys are not taken from it: the account
 * comes from the customer Slate made, the plan from the price Slate made.
 */
public record SubscriptionSnapshot(Provider provider, String subscriptionId, String customerId, String priceId,
                                   SubscriptionStatus status, Instant currentPeriodStart, Instant currentPeriodEnd,
                                   boolean cancelAtPeriodEnd, Instant trialEnd, Instant canceledAt, long stateAt) {
}
