package app.slate.payments.privacy;

import app.slate.payments.checkout.Provider;
import app.slate.payments.stripe.StripeGateway;
import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * A payer's billing data. At Stripe the customer is deleted (Stripe ends its subscriptions and
 * forgets its details); Moyasar keeps no customer, and the saved card token Slate renewed with is
 * dropped, so nothing is charged again. Payments stay, as tax law requires (amounts, VAT, receipt
 * numbers, times), under a tombstone instead of the account; the billing name and country go.
 */
@ApplicationScoped
public class PaymentsPersonalData implements PersonalData {

    private static final String STRIPE_CUSTOMERS = "SELECT provider_customer_id FROM billing_customers WHERE account_id = $1 AND provider = $2";

    private final Pool database;
    private final StripeGateway stripe;

    public PaymentsPersonalData(Pool database, StripeGateway stripe) {
        this.database = database;
        this.stripe = stripe;
    }

    @Override
    public String area() {
        return "payments";
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        long deletedAtStripe = 0;
        for (Row row : database.preparedQuery(STRIPE_CUSTOMERS).execute(Tuple.of(person.subject(), Provider.STRIPE.name()))
                .await().atMost(Await.LIMIT)) {
            stripe.deleteCustomer(row.getString("provider_customer_id"));
            deletedAtStripe++;
        }
        List<ErasureLine> lines = new ArrayList<>();
        lines.add(ErasureLine.deleted("stripe:customers", "customer (and its subscriptions) at Stripe", deletedAtStripe));
        String tombstone = person.tombstoneId().toString();
        lines.addAll(new ErasureSteps()
                .anonymise("billing_subscriptions", "subscriptions (live ones ended, saved card dropped)", """
                        UPDATE billing_subscriptions SET account_id = $2, renewal_token = NULL, provider_customer_id = NULL,
                               status = CASE WHEN status IN ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE') THEN 'CANCELED' ELSE status END,
                               canceled_at = coalesce(canceled_at, now()), renews_at = NULL, updated_at = now()
                         WHERE account_id = $1""", person.subject(), tombstone)
                .anonymise("billing_payments", "payments, kept for tax records without the payer", """
                        UPDATE billing_payments SET account_id = $2, updated_at = now() WHERE account_id = $1""", person.subject(), tombstone)
                .anonymise("billing_refunds", "refunds they asked for", """
                        UPDATE billing_refunds SET requested_by = $2 WHERE requested_by = $1""", person.subject(), tombstone)
                .anonymise("billing_subscriptions", "plans they granted (as an admin)", """
                        UPDATE billing_subscriptions SET granted_by = $2 WHERE granted_by = $1""", person.subject(), tombstone)
                .delete("billing_checkouts", "checkouts", "DELETE FROM billing_checkouts WHERE account_id = $1", person.subject())
                .delete("billing_customers", "billing customers (name, country, provider ids)",
                        "DELETE FROM billing_customers WHERE account_id = $1", person.subject())
                .run(database));
        return lines;
    }

    @Override
    public JsonNode export(Person person) {
        return new ExportRows()
                .add("customers", "SELECT provider, billing_name, country, created_at FROM billing_customers WHERE account_id = $1", person.subject())
                .add("subscriptions", """
                        SELECT s.id, p.code AS plan, s.provider, s.status, s.currency, s.amount_minor, s.current_period_start,
                               s.current_period_end, s.cancel_at_period_end, s.trial_end, s.canceled_at, s.created_at
                          FROM billing_subscriptions s JOIN billing_plans p ON p.id = s.plan_id WHERE s.account_id = $1 ORDER BY s.created_at""",
                        person.subject())
                .add("payments", """
                        SELECT id, provider, status, amount_minor, currency, vat_minor, period_start, period_end, receipt_number, paid_at, created_at
                          FROM billing_payments WHERE account_id = $1 ORDER BY created_at""", person.subject())
                .run(database);
    }
}
