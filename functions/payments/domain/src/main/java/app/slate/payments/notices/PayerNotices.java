package app.slate.payments.notices;

import app.slate.payments.bills.Bills;
import app.slate.payments.subscriptions.Subscriptions;
import app.slate.platform.events.PaymentEvents;
import app.slate.platform.events.PaymentEvents.PaymentChanged;
import app.slate.platform.events.PaymentEvents.SubscriptionChanged;
import app.slate.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What a provider's event changed that the payer should hear of, written to the outbox in the
 * transaction that applied it (so it exists exactly when the change does, once): a subscription
 * that started, moved, was set to end or ended; a bill paid, or an attempt at it that failed.
 * Notifications decides the words and the channels.
 */
@ApplicationScoped
public class PayerNotices {

    private final Outbox outbox;

    public PayerNotices(Outbox outbox) {
        this.outbox = outbox;
    }

    /** True when it recorded a notice (the relay is then worth waking). */
    public Uni<Boolean> subscription(SqlConnection connection, Optional<Subscriptions.Applied> applied) {
        if (applied.isEmpty() || !applied.get().notable()) {
            return Uni.createFrom().item(false);
        }
        Subscriptions.Applied change = applied.get();
        return outbox.record(connection, PaymentEvents.SUBSCRIPTION_CHANGED, Map.of(change.accountId(), new SubscriptionChanged(
                UUID.fromString(change.accountId()), change.planCode(), change.planName(), change.after().name(),
                change.before() == null ? null : change.before().name(), change.ending(), change.wasEnding(),
                change.snapshot().currentPeriodEnd(), change.snapshot().trialEnd()))).replaceWith(true);
    }

    public Uni<Boolean> bill(SqlConnection connection, Optional<Bills.Applied> applied) {
        if (applied.isEmpty() || !applied.get().notable()) {
            return Uni.createFrom().item(false);
        }
        Bills.Applied bill = applied.get();
        return outbox.record(connection, PaymentEvents.PAYMENT_CHANGED, Map.of(bill.accountId(), new PaymentChanged(
                UUID.fromString(bill.accountId()), bill.id(), bill.snapshot().status().name(), bill.snapshot().reason(), bill.planName(),
                bill.snapshot().amountMinor(), bill.snapshot().currency(), bill.snapshot().attemptCount(), bill.snapshot().nextAttemptAt(),
                bill.snapshot().receiptNumber()))).replaceWith(true);
    }
}
