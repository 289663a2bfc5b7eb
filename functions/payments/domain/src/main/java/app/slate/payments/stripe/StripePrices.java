package app.slate.payments.stripe;

import app.slate.payments.plans.PlanView;
import app.slate.platform.blocking.OffLoop;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A plan's Stripe price in a currency at its current amount (owner of {@code billing_provider_prices}):
 * made at Stripe the first time it is sold, remembered on the plan's price, and kept for good in the
 * provider price list, which is how a subscription on it is known to buy that plan.
 */
@ApplicationScoped
public class StripePrices {

    private static final String CURRENT = """
            SELECT pp.stripe_price_id, p.id AS plan_id FROM billing_plan_prices pp JOIN billing_plans p ON p.id = pp.plan_id
            WHERE p.code = $1 AND pp.currency = $2 AND pp.amount_minor = $3""";
    private static final String MADE = """
            WITH kept AS (INSERT INTO billing_provider_prices (provider_price_id, provider, plan_id, currency, amount_minor)
                          VALUES ($1, 'STRIPE', $2, $3, $4::bigint) ON CONFLICT DO NOTHING)
            UPDATE billing_plan_prices SET stripe_price_id = $1 WHERE plan_id = $2 AND currency = $3 AND amount_minor = $4::bigint""";

    private final StripeGateway stripe;
    private final Pool database;

    public StripePrices(StripeGateway stripe, Pool database) {
        this.stripe = stripe;
        this.database = database;
    }

    public Uni<String> of(PlanView plan, String currency, long amountMinor) {
        return database.preparedQuery(CURRENT).execute(Tuple.of(plan.code(), currency, amountMinor)).chain(rows -> {
            Row row = rows.iterator().next();
            if (row.getString("stripe_price_id") != null) {
                return Uni.createFrom().item(row.getString("stripe_price_id"));
            }
            return OffLoop.call(() -> stripe.createPrice(plan.code(), plan.name(), currency, amountMinor))
                    .call(made -> database.preparedQuery(MADE).execute(Tuple.of(made, row.getUUID("plan_id"), currency, amountMinor)));
        });
    }
}
