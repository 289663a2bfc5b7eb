package app.slate.payments.moyasar;

import app.slate.payments.bills.BillSnapshot;
import app.slate.payments.bills.BillStatus;
import app.slate.payments.bills.Bills;
import app.slate.payments.checkout.Provider;
import app.slate.payments.moyasar.MoyasarGateway.Charge;
import app.slate.payments.notices.PayerNotices;
import app.slate.payments.subscriptions.SubscriptionSnapshot;
import app.slate.payments.subscriptions.SubscriptionStatus;
import app.slate.payments.subscriptions.Subscriptions;
import app.slate.platform.blocking.Await;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The renewal run for Moyasar subscriptions, which Slate keeps itself: each one due is charged on
 * the card Moyasar saved (a merchant-initiated payment, without 3-D Secure), or ended when it was
 * set to end or has no card to charge (STC Pay); a change of plan chosen for the period's end is
 * charged at its own price. A renewal is a bill of its own; each attempt at it
 * is a Moyasar payment whose {@code given_id} comes from the bill and the attempt number, written
 * on the bill before Moyasar is asked: a run that crashes after charging asks again with the same
 * id, gets the same payment, and charges nothing twice. Blocking: the schedule's thread.
 */
@ApplicationScoped
public class MoyasarRenewals {

    private static final Logger LOG = Logger.getLogger(MoyasarRenewals.class);
    private static final int BATCH = 200;

    private static final String DUE = """
            SELECT s.provider_subscription_id, s.provider_customer_id, s.provider_price_id, s.cancel_at_period_end, s.renewal_token,
                   s.current_period_start, s.current_period_end, pp.provider_price_id AS renewal_price, pp.currency, pp.amount_minor, p.name
            FROM billing_subscriptions s
            JOIN billing_provider_prices pp ON pp.provider_price_id = coalesce(s.next_provider_price_id, s.provider_price_id)
            JOIN billing_plans p ON p.id = pp.plan_id
            WHERE s.provider = 'MOYASAR' AND s.status IN ('ACTIVE', 'PAST_DUE') AND s.duplicate_of IS NULL AND s.renews_at <= $1
            ORDER BY s.renews_at LIMIT $2""";
    private static final String FAILED_ATTEMPTS = """
            SELECT attempt_count FROM billing_payments WHERE provider = 'MOYASAR' AND provider_payment_id = $1 AND status <> 'PAID'""";

    private final Pool database;
    private final MoyasarGateway moyasar;
    private final MoyasarEvents events;
    private final Subscriptions subscriptions;
    private final Bills bills;
    private final PayerNotices notices;
    private final OutboxWakeup wakeup;

    public MoyasarRenewals(Pool database, MoyasarGateway moyasar, MoyasarEvents events, Subscriptions subscriptions, Bills bills,
                           PayerNotices notices, OutboxWakeup wakeup) {
        this.database = database;
        this.moyasar = moyasar;
        this.events = events;
        this.subscriptions = subscriptions;
        this.bills = bills;
        this.notices = notices;
        this.wakeup = wakeup;
    }

    /** Acts on every subscription due at {@code now}; returns how many. One that fails is left due, for the next run. */
    public int renewDue(Instant now) {
        List<Row> due = new ArrayList<>();
        database.preparedQuery(DUE).execute(Tuple.of(now.atOffset(ZoneOffset.UTC), BATCH)).await().atMost(Await.LIMIT)
                .forEach(due::add);
        int done = 0;
        for (Row subscription : due) {
            try {
                if (subscription.getBoolean("cancel_at_period_end") || subscription.getString("renewal_token") == null) {
                    end(subscription, now);
                } else {
                    charge(subscription);
                }
                done++;
            } catch (ProblemException | IllegalStateException e) {
                LOG.warnf("Renewal of Moyasar subscription %s left for the next run: %s", subscription.getString("provider_subscription_id"),
                        e.getMessage());
            }
        }
        return done;
    }

    private void end(Row subscription, Instant now) {
        String id = subscription.getString("provider_subscription_id");
        SubscriptionSnapshot ended = new SubscriptionSnapshot(Provider.MOYASAR, id, subscription.getString("provider_customer_id"),
                subscription.getString("provider_price_id"), SubscriptionStatus.CANCELED, instant(subscription, "current_period_start"),
                instant(subscription, "current_period_end"), true, null, now, now.getEpochSecond());
        boolean told = database.withTransaction(connection -> subscriptions.apply(connection, ended)
                        .call(() -> subscriptions.schedule(connection, id, null, null))
                        .chain(applied -> notices.subscription(connection, applied)))
                .await().atMost(Await.LIMIT);
        if (told) {
            wakeup.now().await().atMost(Await.LIMIT);
        }
    }

    private void charge(Row subscription) {
        String id = subscription.getString("provider_subscription_id");
        Instant start = instant(subscription, "current_period_end");
        String billId = "renewal:" + id + ":" + start.getEpochSecond();
        int attempt = database.preparedQuery(FAILED_ATTEMPTS).execute(Tuple.of(billId)).await().atMost(Await.LIMIT).stream()
                .findFirst().map(row -> row.getInteger("attempt_count")).orElse(0) + 1;
        UUID paymentId = UUID.nameUUIDFromBytes((billId + ":" + attempt).getBytes(StandardCharsets.UTF_8));
        long amount = subscription.getLong("amount_minor");
        String currency = subscription.getString("currency");
        BillSnapshot expected = new BillSnapshot(Provider.MOYASAR, billId, paymentId.toString(), id, subscription.getString("provider_customer_id"),
                subscription.getString("renewal_price"), BillStatus.OPEN, "RENEWAL", amount, currency, start, Dunning.periodEnd(start),
                attempt - 1, null, null, null, 0);
        database.withTransaction(connection -> bills.expect(connection, expected)).await().atMost(Await.LIMIT);
        MoyasarPayment payment = moyasar.pay(new Charge(paymentId, amount, currency, "Slate " + subscription.getString("name") + ", renewal",
                null, Map.of("type", "token", "token", subscription.getString("renewal_token"), "3ds", false, "manual", false),
                Map.of("subscription", id, "attempt", Integer.toString(attempt))));
        events.settle(payment);
        LOG.infof("Moyasar subscription %s renewal attempt %d: %s", id, attempt, payment.status());
    }

    private static Instant instant(Row row, String column) {
        return row.getOffsetDateTime(column).toInstant();
    }
}
