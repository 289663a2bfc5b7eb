package app.slate.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * What payment providers tell Slate, and what Slate then tells people. The payment-webhook function
 * verifies each delivery's signature and puts it on the payments queue as a {@link #PROVIDER_EVENT}
 * whose envelope id is derived from the provider's own event id, so every repeated delivery of one
 * event is the same event to the worker; nothing writes it to the outbox. The worker writes
 * {@link #SUBSCRIPTION_CHANGED} and {@link #PAYMENT_CHANGED} to the outbox when a subscription's
 * status (or its ending) or a bill's outcome changes, for notifications to tell the payer.
 */
public final class PaymentEvents {

    public static final String PAYMENT_AGGREGATE = "payment";

    public static final EventType<ProviderEvent> PROVIDER_EVENT =
            EventType.external("payments.provider-event", PAYMENT_AGGREGATE, ProviderEvent.class, Subscriber.PAYMENTS);

    public static final EventType<SubscriptionChanged> SUBSCRIPTION_CHANGED =
            EventType.routed("billing.subscription.changed", PAYMENT_AGGREGATE, SubscriptionChanged.class, Subscriber.NOTIFICATIONS);
    public static final EventType<PaymentChanged> PAYMENT_CHANGED =
            EventType.routed("billing.payment.changed", PAYMENT_AGGREGATE, PaymentChanged.class, Subscriber.NOTIFICATIONS);

    /**
     * A subscription's status or its planned ending changed: {@code previousStatus} is null for a
     * new one; {@code wasEnding} says whether it was set to end at its period's end before.
     */
    public record SubscriptionChanged(UUID accountId, String planCode, String planName, String status, String previousStatus,
                                      boolean endsAtPeriodEnd, boolean wasEnding, Instant currentPeriodEnd, Instant trialEnd) {
    }

    /**
     * A bill was paid, or an attempt to take it failed ({@code nextAttemptAt} null: the provider
     * gives up). Amounts are in the currency's minor unit.
     */
    public record PaymentChanged(UUID accountId, UUID paymentId, String status, String reason, String planName, long amountMinor,
                                 String currency, int attemptCount, Instant nextAttemptAt, String receiptNumber) {
    }

    /**
     * One provider event as delivered: {@code body} is the verified delivery, kept as sent so the
     * worker reads it with the provider's own types; {@code created} is the provider's time (Unix seconds).
     */
    public record ProviderEvent(String provider, String eventId, String type, long created, String body) {
    }

    private PaymentEvents() {
    }
}
