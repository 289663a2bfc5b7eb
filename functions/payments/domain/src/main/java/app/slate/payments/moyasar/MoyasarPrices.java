package app.slate.payments.moyasar;

import app.slate.payments.plans.PlanView;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Moyasar has no customers and no prices: Slate names them itself, so that a Moyasar subscription
 * maps to its account and plan exactly as a Stripe one does (billing_customers, billing_provider_prices).
 * A price's name holds its plan, currency and amount, so a later change of a plan's amount is a new price.
 */
@ApplicationScoped
public class MoyasarPrices {

    private static final String MADE = """
            INSERT INTO billing_provider_prices (provider_price_id, provider, plan_id, currency, amount_minor)
            VALUES ($1, 'MOYASAR', (SELECT id FROM billing_plans WHERE code = $2), $3, $4::bigint) ON CONFLICT DO NOTHING""";

    private final Pool database;

    public MoyasarPrices(Pool database) {
        this.database = database;
    }

    public static String customer(String accountId) {
        return "moyasar:" + accountId;
    }

    public Uni<String> of(PlanView plan, String currency, long amountMinor) {
        String id = "moyasar:" + plan.code() + ":" + currency + ":" + amountMinor;
        return database.preparedQuery(MADE).execute(Tuple.of(id, plan.code(), currency, amountMinor)).replaceWith(id);
    }
}
