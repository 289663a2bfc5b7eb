package app.slate.notifications.billing;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.events.PaymentEvents.PaymentChanged;
import app.slate.platform.events.PaymentEvents.SubscriptionChanged;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BillingNoticeTest {

    private static final Instant LATER = Instant.parse("2027-01-02T09:00:00Z");

    @Test
    void aPlanStarting_ending_orEnded_isTold_butATrialTurningPaidIsLeftToItsReceipt() {
        assertThat(template(change("TRIALING", null, false, false))).isEqualTo("billing-plan-started");
        assertThat(template(change("ACTIVE", "INCOMPLETE", false, false))).isEqualTo("billing-plan-started");
        assertThat(template(change("ACTIVE", "TRIALING", false, false))).isNull();
        assertThat(template(change("PAST_DUE", "ACTIVE", false, false))).isNull();
        assertThat(template(change("ACTIVE", "ACTIVE", true, false))).isEqualTo("billing-plan-ending");
        assertThat(template(change("ACTIVE", "ACTIVE", false, true))).isNull();
        assertThat(template(change("CANCELED", "PAST_DUE", false, false))).isEqualTo("billing-plan-ended");
        assertThat(template(change("CANCELED", "INCOMPLETE", false, false))).isNull();
    }

    @Test
    void aPaymentPaidOrFailed_isTold_withWhetherAnotherAttemptComes() {
        BillingNotice paid = BillingNotice.of(payment("PAID", null)).orElseThrow();
        assertThat(paid.template()).isEqualTo("billing-payment-received");
        assertThat(paid.inboxTitle()).isEqualTo("Payment received: 109.05 SAR");
        assertThat(BillingNotice.of(payment("FAILED", LATER)).orElseThrow().inboxBody()).startsWith("We'll try again");
        assertThat(BillingNotice.of(payment("FAILED", null)).orElseThrow().inboxBody()).startsWith("No more attempts");
    }

    private static String template(SubscriptionChanged change) {
        return BillingNotice.of(change).map(BillingNotice::template).orElse(null);
    }

    private static SubscriptionChanged change(String status, String before, boolean ending, boolean wasEnding) {
        return new SubscriptionChanged(UUID.randomUUID(), "professional", "Professional", status, before, ending, wasEnding, LATER, null);
    }

    private static PaymentChanged payment(String status, Instant next) {
        return new PaymentChanged(UUID.randomUUID(), UUID.randomUUID(), status, "RENEWAL", "Professional", 10905, "SAR", 1, next, "4821-1093");
    }
}
