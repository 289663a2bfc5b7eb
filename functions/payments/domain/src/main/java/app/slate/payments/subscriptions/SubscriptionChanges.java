package app.slate.payments.subscriptions;

import app.slate.payments.checkout.ProviderKeys;
import app.slate.payments.plans.Currency;
import app.slate.payments.plans.PlanCatalogue;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.payments.plans.PlanView;
import app.slate.payments.stripe.StripeGateway;
import app.slate.payments.stripe.StripePrices;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a subscriber asks of their paid subscription: to end it at the end of the paid period, to
 * keep it after all, or to move up a tier at once (the prorated difference is charged now). The
 * provider is asked; Slate's copy changes when the provider's webhook confirms it, as everything
 * about a subscription does. Moving down a tier is done at the period's end: cancel, then choose
 * the lower plan when the period is over.
 */
@ApplicationScoped
public class SubscriptionChanges {

    private static final String PAID = """
            SELECT s.provider, s.provider_subscription_id, s.cancel_at_period_end, s.currency, p.code, p.tier
            FROM billing_subscriptions s JOIN billing_plans p ON p.id = s.plan_id
            WHERE s.account_id = $1 AND s.status IN ('TRIALING', 'ACTIVE', 'PAST_DUE') AND s.provider <> 'COMPLIMENTARY'
              AND s.duplicate_of IS NULL""";

    private final Pool database;
    private final PlanCatalogue catalogue;
    private final StripeGateway stripe;
    private final StripePrices prices;

    public SubscriptionChanges(Pool database, PlanCatalogue catalogue, StripeGateway stripe, StripePrices prices) {
        this.database = database;
        this.catalogue = catalogue;
        this.stripe = stripe;
        this.prices = prices;
    }

    public Uni<Void> cancelAtPeriodEnd(Caller caller, boolean cancel) {
        return paid(caller).chain(subscription -> subscription.getBoolean("cancel_at_period_end") == cancel
                ? Uni.createFrom().voidItem()
                : OffLoop.run(() -> stripe.cancelAtPeriodEnd(subscription.getString("provider_subscription_id"), cancel)));
    }

    public Uni<Void> upgrade(Caller caller, String planCode, String idempotencyKey) {
        return paid(caller).chain(subscription -> catalogue.byCode(planCode).chain(found -> {
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

    private Uni<Row> paid(Caller caller) {
        return database.preparedQuery(PAID).execute(Tuple.of(caller.userId())).map(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("You have no paid subscription.");
            }
            return rows.iterator().next();
        });
    }
}
