package app.slate.notifications.billing;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.contacts.Contacts;
import app.slate.notifications.delivery.Channel;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.email.EmailChannel;
import app.slate.notifications.email.EmailConfig;
import app.slate.notifications.templates.Moments;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.PaymentEvents.PaymentChanged;
import app.slate.platform.events.PaymentEvents.SubscriptionChanged;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Emails about a person's own plan and payments. Like account emails they cannot be switched off
 * and are not held through quiet hours: a failed payment is news the payer needs before the retry.
 */
@ApplicationScoped
public class BillingMessages {

    private final Contacts contacts;
    private final EmailChannel email;
    private final EmailConfig config;

    public BillingMessages(Contacts contacts, EmailChannel email, EmailConfig config) {
        this.contacts = contacts;
        this.email = email;
        this.config = config;
    }

    public void subscriptionChanged(EventEnvelope event, SubscriptionChanged change, BillingNotice notice) {
        send(event, change.accountId(), notice, (values, reader) -> {
            values.put("plan", change.planName());
            values.put("trialEnd", moment(change.trialEnd(), reader));
            values.put("periodEnd", moment(change.currentPeriodEnd(), reader));
        });
    }

    public void paymentChanged(EventEnvelope event, PaymentChanged payment, BillingNotice notice) {
        send(event, payment.accountId(), notice, (values, reader) -> {
            values.put("plan", payment.planName() == null ? "" : payment.planName());
            values.put("amount", BillingNotice.amount(payment.amountMinor(), payment.currency()));
            values.put("receipt", payment.receiptNumber() == null ? "" : payment.receiptNumber());
            values.put("attempt", Integer.toString(payment.attemptCount()));
            values.put("nextAttempt", moment(payment.nextAttemptAt(), reader));
        });
    }

    private interface Values {
        void fill(Map<String, String> values, Contact reader);
    }

    private void send(EventEnvelope event, UUID accountId, BillingNotice notice, Values fill) {
        contacts.find(accountId).ifPresent(reader -> reader.email().ifPresent(address -> {
            Map<String, String> values = new HashMap<>();
            values.put("name", reader.displayName() == null ? "" : reader.displayName());
            values.put("billing", config.link("/billing"));
            fill.fill(values, reader);
            email.send(new Delivery(event.id(), event.type(), accountId, Channel.EMAIL, notice.template(), address), reader.language(), values);
        }));
    }

    private static String moment(Instant instant, Contact reader) {
        return instant == null ? "" : Moments.format(instant, reader.language(), reader.timeZone());
    }
}
