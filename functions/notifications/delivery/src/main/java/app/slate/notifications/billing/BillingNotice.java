package app.slate.notifications.billing;

import app.slate.platform.events.PaymentEvents.PaymentChanged;
import app.slate.platform.events.PaymentEvents.SubscriptionChanged;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which message a change of someone's billing deserves, if any: their plan started (or came back
 * after a failed payment was paid), is set to end, or ended; a payment went through, or failed
 * (with the next try, or none left). A trial turning into a paid plan says nothing by itself: its
 * first payment's receipt does.
 */
public record BillingNotice(String template, String inboxTitle, String inboxBody) {

    private static final Set<String> ENTITLING = Set.of("TRIALING", "ACTIVE", "PAST_DUE");

    public static Optional<BillingNotice> of(SubscriptionChanged change) {
        boolean was = change.previousStatus() != null && ENTITLING.contains(change.previousStatus());
        boolean is = ENTITLING.contains(change.status());
        if (is && !was) {
            return Optional.of(new BillingNotice("billing-plan-started", "You're on " + change.planName(),
                    "TRIALING".equals(change.status()) ? "Your free trial has started." : "Your plan has started."));
        }
        if (was && !is) {
            return Optional.of(new BillingNotice("billing-plan-ended", "Your " + change.planName() + " plan has ended",
                    "You're on the free plan now; your profile and media stay."));
        }
        if (is && change.endsAtPeriodEnd() && !change.wasEnding()) {
            return Optional.of(new BillingNotice("billing-plan-ending", change.planName() + " will end",
                    "It ends at the end of the period you paid for; you can keep it until then."));
        }
        return Optional.empty();
    }

    public static Optional<BillingNotice> of(PaymentChanged payment) {
        String amount = amount(payment.amountMinor(), payment.currency());
        if ("PAID".equals(payment.status())) {
            return Optional.of(new BillingNotice("billing-payment-received", "Payment received: " + amount,
                    payment.planName() == null ? "Thank you." : "For " + payment.planName() + "."));
        }
        if ("FAILED".equals(payment.status())) {
            return Optional.of(new BillingNotice("billing-payment-failed", "Your payment of " + amount + " failed",
                    payment.nextAttemptAt() == null ? "No more attempts will be made: update your card and subscribe again."
                            : "We'll try again; update your card before then to keep your plan."));
        }
        return Optional.empty();
    }

    /** Minor units as the amount people read, with its currency's code (every currency sold has two decimals). */
    public static String amount(long minor, String currency) {
        return String.format(Locale.ROOT, "%d.%02d %s", minor / 100, minor % 100, currency);
    }
}
