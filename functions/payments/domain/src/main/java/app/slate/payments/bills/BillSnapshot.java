package app.slate.payments.bills;

import app.slate.payments.checkout.Provider;
import java.time.Instant;

/**
 * A provider's bill (a Stripe invoice, a Moyasar payment) as one event showed it, at its provider
 * time {@code stateAt} (Unix seconds). {@code reason} is why it was raised: a new subscription, a
 * renewal, a change of plan. {@code intentId} is what refunds name (null until the provider says).
 */
public record BillSnapshot(Provider provider, String billId, String intentId, String subscriptionId, String customerId,
                           String priceId, BillStatus status, String reason, long amountMinor, String currency,
                           Instant periodStart, Instant periodEnd, int attemptCount, Instant nextAttemptAt, String receiptNumber,
                           Instant paidAt, long stateAt) {
}
