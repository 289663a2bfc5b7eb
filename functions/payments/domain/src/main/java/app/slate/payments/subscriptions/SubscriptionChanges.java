package app.slate.payments.subscriptions;

import app.slate.payments.checkout.Provider;
import app.slate.payments.checkout.ProviderKeys;
import app.slate.payments.moyasar.MoyasarPrices;
import app.slate.payments.notices.PayerNotices;
import app.slate.payments.plans.Currency;
import app.slate.payments.plans.PlanCatalogue;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.payments.plans.PlanView;
import app.slate.payments.stripe.StripeGateway;
import app.slate.payments.stripe.StripePrices;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * What a subscriber asks of their paid subscription: to end it at the end of the paid period, to
 * keep it after all, or to change plan. Through Stripe a move up a tier is made at once (the
 * prorated difference is charged now) and a move down by cancelling, then choosing the lower plan
 * when the period is over; Stripe is asked, and Slate's copy changes when its webhook confirms it.
 * Moyasar's subscriptions are Slate's own: their changes are made here, a change of plan (up or
 * down) at the period's end.
 */
@ApplicationScoped
public class SubscriptionChanges {

    private static final String PAID = """
            SELECT s.provider, s.provider_subscription_id, s.cancel_at_period_end, s.currency, p.code, p.tier, s.status,
                   s.provider_customer_id, s.provider_price_id, s.current_period_start, s.current_period_end, s.renewal_token, s.account_id
            FROM billing_subscriptions s JOIN billing_plans p ON p.id = s.plan_id
            WHERE s.account_id = $1 AND s.status IN ('TRIALING', 'ACTIVE', 'PAST_DUE') AND s.provider <> 'COMPLIMENTARY'
              AND s.duplicate_of IS NULL""";

    private final Pool database;
    private final PlanCatalogue catalogue;
    private final StripeGateway stripe;
    private final StripePrices prices;
    private final Subscriptions subscriptions;
    private final PayerNotices notices;
    private final OutboxWakeup wakeup;
    private final MoyasarPrices moyasarPrices;

    public SubscriptionChanges(Pool database, PlanCatalogue catalogue, StripeGateway stripe, StripePrices prices, Subscriptions subscriptions,
                               PayerNotices notices, OutboxWakeup wakeup, MoyasarPrices moyasarPrices) {
        this.database = database;
        this.catalogue = catalogue;
        this.stripe = stripe;
        this.prices = prices;
        this.subscriptions = subscriptions;
        this.notices = notices;
        this.wakeup = wakeup;
        this.moyasarPrices = moyasarPrices;
    }

    public Uni<Void> cancelAtPeriodEnd(Caller caller, boolean cancel) {
        return paid(caller).chain(subscription -> {
            if (subscription.getBoolean("cancel_at_period_end") == cancel) {
                return Uni.createFrom().voidItem();
            }
            if (Provider.MOYASAR.name().equals(subscription.getString("provider"))) {
                return endingAtSlate(subscription, cancel);
            }
            return OffLoop.run(() -> stripe.cancelAtPeriodEnd(subscription.getString("provider_subscription_id"), cancel));
        });
    }

    /**
     * Moyasar's subscriptions are Slate's own: the change is applied here, as a provider's event
     * would be (Slate's time is the provider's time), and the payer is told. One paid with STC Pay
     * has no card to renew on, so it cannot be kept.
     */
    private Uni<Void> endingAtSlate(Row subscription, boolean cancel) {
        if (!cancel && subscription.getString("renewal_token") == null) {
            throw ProblemException.conflict("This plan was paid with STC Pay, which cannot be charged again: it ends with its period."
                    + " Buy it again then, or with a card.");
        }
        SubscriptionSnapshot changed = new SubscriptionSnapshot(Provider.MOYASAR, subscription.getString("provider_subscription_id"),
                subscription.getString("provider_customer_id"), subscription.getString("provider_price_id"),
                SubscriptionStatus.valueOf(subscription.getString("status")),
                subscription.getOffsetDateTime("current_period_start").toInstant(), subscription.getOffsetDateTime("current_period_end").toInstant(),
                cancel, null, null, Instant.now().getEpochSecond());
        return database.withTransaction(connection -> subscriptions.apply(connection, changed)
                        .chain(applied -> notices.subscription(connection, applied)))
                .chain(told -> told ? wakeup.now() : Uni.createFrom().voidItem());
    }

    public Uni<Void> change(Caller caller, String planCode, String idempotencyKey) {
        return paid(caller).chain(subscription -> catalogue.byCode(planCode).chain(found -> {
            if (Provider.MOYASAR.name().equals(subscription.getString("provider"))) {
                return changeAtPeriodEnd(caller, subscription, found);
            }
            Currency currency = Currency.valueOf(subscription.getString("currency"));
            PlanView plan = found.filter(p -> p.offeredTo(caller))
                    .orElseThrow(() -> ProblemException.invalid("planCode", "is not a plan you can buy; see GET /billing/plans"));
            if (plan.tier() <= subscription.getInteger("tier")) {
                throw ProblemException.conflict("Only a higher tier starts at once; to move down, cancel at the period's end"
                        + " (POST /billing/subscription/cancel) and choose the plan when it is over.");
            }
            Price price = plan.priceIn(currency).orElseThrow(() -> ProblemException.invalid("planCode", "is not sold in " + currency
                    + ", the currency you pay in"));
            return prices.of(plan, currency.name(), price.amountMinor()).chain(priceId -> OffLoop.run(() -> stripe.changePrice(
                    subscription.getString("provider_subscription_id"), priceId,
                    ProviderKeys.of("change-" + planCode, caller.userId(), idempotencyKey))));
        }));
    }

    /**
     * Moyasar is paid a month at a time: a change of plan, up or down, is made at the period's end,
     * when the renewal charges the new plan's price (choosing the current plan again undoes it).
     */
    private Uni<Void> changeAtPeriodEnd(Caller caller, Row subscription, Optional<PlanView> found) {
        Currency currency = Currency.valueOf(subscription.getString("currency"));
        PlanView plan = found.filter(p -> p.offeredTo(caller) || p.code().equals(subscription.getString("code")))
                .orElseThrow(() -> ProblemException.invalid("planCode", "is not a plan you can buy; see GET /billing/plans"));
        Price price = plan.priceIn(currency).orElseThrow(() -> ProblemException.invalid("planCode", "is not sold in " + currency
                + ", the currency you pay in"));
        if (subscription.getBoolean("cancel_at_period_end")) {
            throw ProblemException.conflict("Your plan is set to end with this period; keep it (POST /billing/subscription/resume) to"
                    + " change it instead.");
        }
        if (!"ACTIVE".equals(subscription.getString("status"))) {
            throw ProblemException.conflict("Your last renewal is not paid yet; the plan can change once it is.");
        }
        String id = subscription.getString("provider_subscription_id");
        return moyasarPrices.of(plan, currency.name(), price.amountMinor())
                .chain(priceId -> database.withTransaction(connection -> subscriptions.changeAtRenewal(connection, id, priceId)));
    }

    private Uni<Row> paid(Caller caller) {
        return database.preparedQuery(PAID).execute(Tuple.of(caller.userId())).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("You have no paid subscription.");
            }
            return rows.iterator().next();
        });
    }
}
