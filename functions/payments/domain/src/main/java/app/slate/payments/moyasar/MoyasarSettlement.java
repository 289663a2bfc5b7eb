package app.slate.payments.moyasar;

import app.slate.payments.bills.BillSnapshot;
import app.slate.payments.bills.BillStatus;
import app.slate.payments.bills.Bills;
import app.slate.payments.bills.Refunds;
import app.slate.payments.checkout.Checkouts;
import app.slate.payments.checkout.Provider;
import app.slate.payments.notices.PayerNotices;
import app.slate.payments.subscriptions.SubscriptionSnapshot;
import app.slate.payments.subscriptions.SubscriptionStatus;
import app.slate.payments.subscriptions.Subscriptions;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * What a Moyasar payment, as Moyasar holds it now, means for Slate, applied in the caller's
 * transaction. Moyasar has no subscriptions, so Slate keeps them: a checkout's payment, once paid,
 * starts one for a month (renewing when Moyasar saved the card); a renewal's payment, paid,
 * extends it, failed, makes it past due until {@link Dunning} gives up and it ends. The payment is
 * found by the id Slate gave it (a checkout's, a renewal attempt's), never by what it says of itself,
 * and it grants nothing unless its amount and currency are the ones asked for. Provider times are
 * the payment's own: the same payment settled again, or an older one settled late, changes nothing.
 * A renewal's bill is locked while its payment is settled, so the next attempt cannot name itself on
 * the bill until an earlier attempt's late settlement is done (and that one then finds nothing).
 */
@ApplicationScoped
public class MoyasarSettlement {

    private static final Logger LOG = Logger.getLogger(MoyasarSettlement.class);

    /** What is left to do after the transaction: wake the relay; refund a duplicate purchase (this much of this payment). */
    public record Outcome(boolean told, String refundPayment, long refundMinor) {
        static final Outcome NOTHING = new Outcome(false, null, 0);
    }

    private static final String CHECKOUT = """
            SELECT c.id, c.account_id, c.currency, c.amount_minor, p.code FROM billing_checkouts c JOIN billing_plans p ON p.id = c.plan_id
            WHERE c.provider = 'MOYASAR' AND c.provider_checkout_id = $1""";
    private static final String RENEWAL = """
            SELECT b.provider_payment_id, b.provider_subscription_id, b.amount_minor, b.currency, b.period_start, b.period_end,
                   s.provider_customer_id, s.provider_price_id, coalesce(s.next_provider_price_id, s.provider_price_id) AS renewal_price,
                   s.current_period_start, s.current_period_end, s.cancel_at_period_end
            FROM billing_payments b JOIN billing_subscriptions s ON s.provider_subscription_id = b.provider_subscription_id
            WHERE b.provider = 'MOYASAR' AND b.provider_intent_id = $1 AND b.reason = 'RENEWAL' FOR UPDATE OF b""";

    private final Subscriptions subscriptions;
    private final Bills bills;
    private final Refunds refunds;
    private final Checkouts checkouts;
    private final PayerNotices notices;

    public MoyasarSettlement(Subscriptions subscriptions, Bills bills, Refunds refunds, Checkouts checkouts, PayerNotices notices) {
        this.subscriptions = subscriptions;
        this.bills = bills;
        this.refunds = refunds;
        this.checkouts = checkouts;
        this.notices = notices;
    }

    public Uni<Outcome> settle(SqlConnection connection, MoyasarPayment payment) {
        Uni<Outcome> settled = connection.preparedQuery(CHECKOUT).execute(Tuple.of(payment.id())).chain(checkout -> {
            if (checkout.size() > 0) {
                return first(connection, payment, checkout.iterator().next());
            }
            return connection.preparedQuery(RENEWAL).execute(Tuple.of(payment.id())).chain(renewal -> {
                if (renewal.size() == 0) {
                    LOG.warnf("Moyasar payment %s is not one Slate asked for; it grants nothing", payment.id());
                    return Uni.createFrom().item(Outcome.NOTHING);
                }
                return renewal(connection, payment, renewal.iterator().next());
            });
        });
        return settled.call(() -> payment.refunded() > 0 ? refunds.settleTotal(connection, Provider.MOYASAR, payment.id(), payment.refunded(),
                payment.currency(), payment.updatedAt().getEpochSecond()) : Uni.createFrom().voidItem());
    }

    /** The payment of a checkout: paid, it starts the subscription (once: its times are the payment's creation). */
    private Uni<Outcome> first(SqlConnection connection, MoyasarPayment payment, Row checkout) {
        if (!matches(payment, checkout.getLong("amount_minor"), checkout.getString("currency"))) {
            return Uni.createFrom().item(Outcome.NOTHING);
        }
        if (!payment.paid()) {
            return payment.failed() ? checkouts.closed(connection, Provider.MOYASAR, payment.id(), false).replaceWith(Outcome.NOTHING)
                    : Uni.createFrom().item(Outcome.NOTHING);
        }
        String account = checkout.getString("account_id");
        String subscription = "moyasar:" + checkout.getUUID("id");
        String customer = MoyasarPrices.customer(account);
        String price = "moyasar:" + checkout.getString("code") + ":" + payment.currency().toUpperCase(Locale.ROOT) + ":" + payment.amount();
        Instant start = payment.createdAt();
        Instant end = Dunning.periodEnd(start);
        boolean renews = payment.savedCard() != null;
        SubscriptionSnapshot started = new SubscriptionSnapshot(Provider.MOYASAR, subscription, customer, price, SubscriptionStatus.ACTIVE,
                start, end, !renews, null, null, start.getEpochSecond());
        BillSnapshot bill = new BillSnapshot(Provider.MOYASAR, payment.id(), payment.id(), subscription, customer, price, BillStatus.PAID,
                "NEW", payment.amount(), payment.currency().toUpperCase(Locale.ROOT), start, end, 1, null, receiptNumber(payment), start,
                payment.updatedAt().getEpochSecond());
        return checkouts.closed(connection, Provider.MOYASAR, payment.id(), true)
                .chain(() -> subscriptions.apply(connection, started))
                .chain(applied -> {
                    boolean duplicate = applied.map(Subscriptions.Applied::duplicate).orElse(false);
                    Uni<Boolean> told = notices.subscription(connection, applied);
                    if (applied.map(Subscriptions.Applied::applied).orElse(false)) {
                        told = told.call(() -> subscriptions.schedule(connection, subscription, renews && !duplicate ? end : null,
                                payment.savedCard()));
                    }
                    if (duplicate) {
                        // A second plan bought while one is paid for: it ends now, and its money goes back (after the transaction).
                        told = told.call(() -> subscriptions.apply(connection, new SubscriptionSnapshot(Provider.MOYASAR, subscription,
                                customer, price, SubscriptionStatus.CANCELED, start, end, false, null, start, start.getEpochSecond())));
                    }
                    return told.chain(subscriptionTold -> bills.apply(connection, bill).chain(billed -> notices.bill(connection, billed))
                            .map(billTold -> new Outcome(subscriptionTold || billTold, duplicate ? payment.id() : null,
                                    duplicate ? payment.amount() - payment.refunded() : 0)));
                });
    }

    /**
     * A renewal attempt's payment: paid, the next period (on the plan chosen for it, if one was);
     * failed, past due until the attempts are spent, then the end.
     */
    private Uni<Outcome> renewal(SqlConnection connection, MoyasarPayment payment, Row renewal) {
        if (!matches(payment, renewal.getLong("amount_minor"), renewal.getString("currency")) || !payment.paid() && !payment.failed()) {
            return Uni.createFrom().item(Outcome.NOTHING);
        }
        int attempt = attempt(payment);
        Instant at = payment.createdAt();
        String subscription = renewal.getString("provider_subscription_id");
        String customer = renewal.getString("provider_customer_id");
        String price = renewal.getString("provider_price_id");
        String renewed = renewal.getString("renewal_price");
        Instant periodStart = instant(renewal.getOffsetDateTime("period_start"));
        Instant periodEnd = instant(renewal.getOffsetDateTime("period_end"));
        Optional<Instant> retry = payment.paid() ? Optional.empty() : Dunning.nextAttempt(attempt, at);
        SubscriptionSnapshot state = payment.paid()
                ? new SubscriptionSnapshot(Provider.MOYASAR, subscription, customer, renewed, SubscriptionStatus.ACTIVE, periodStart, periodEnd,
                        renewal.getBoolean("cancel_at_period_end"), null, null, at.getEpochSecond())
                : new SubscriptionSnapshot(Provider.MOYASAR, subscription, customer, price,
                        retry.isPresent() ? SubscriptionStatus.PAST_DUE : SubscriptionStatus.CANCELED,
                        instant(renewal.getOffsetDateTime("current_period_start")), instant(renewal.getOffsetDateTime("current_period_end")),
                        renewal.getBoolean("cancel_at_period_end"), null, retry.isPresent() ? null : at, at.getEpochSecond());
        BillSnapshot bill = new BillSnapshot(Provider.MOYASAR, renewal.getString("provider_payment_id"), payment.id(), subscription, customer,
                renewed, payment.paid() ? BillStatus.PAID : BillStatus.FAILED, "RENEWAL", payment.amount(),
                payment.currency().toUpperCase(Locale.ROOT), periodStart, periodEnd, attempt, retry.orElse(null),
                payment.paid() ? receiptNumber(payment) : null, payment.paid() ? at : null, payment.updatedAt().getEpochSecond());
        return subscriptions.apply(connection, state).chain(applied -> {
            Uni<Boolean> told = notices.subscription(connection, applied);
            if (applied.map(Subscriptions.Applied::applied).orElse(false)) {
                told = told.call(() -> subscriptions.schedule(connection, subscription, payment.paid() ? periodEnd : retry.orElse(null), null));
            }
            return told.chain(subscriptionTold -> bills.apply(connection, bill).chain(billed -> notices.bill(connection, billed))
                    .map(billTold -> new Outcome(subscriptionTold || billTold, null, 0)));
        });
    }

    private static boolean matches(MoyasarPayment payment, long amountMinor, String currency) {
        if (payment.amount() != amountMinor || !payment.currency().equalsIgnoreCase(currency)) {
            LOG.warnf("Moyasar payment %s is for %d %s, not the %d %s asked for; it grants nothing", payment.id(), payment.amount(),
                    payment.currency(), amountMinor, currency);
            return false;
        }
        return true;
    }

    /** Which renewal attempt a payment is: Slate wrote it on the payment it made. */
    private static int attempt(MoyasarPayment payment) {
        String attempt = payment.metadata() == null ? null : payment.metadata().get("attempt");
        return attempt == null || !attempt.matches("\\d{1,2}") ? 1 : Integer.parseInt(attempt);
    }

    /** Moyasar numbers no receipts: Slate's is the payment's id, short and upper case, as buyers quote it. */
    private static String receiptNumber(MoyasarPayment payment) {
        return "MY-" + payment.id().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
