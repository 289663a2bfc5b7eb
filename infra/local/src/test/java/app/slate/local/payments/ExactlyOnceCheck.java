package app.slate.local.payments;

import app.slate.local.payments.StripeLifecycles.Lifecycle;
import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What Slate holds against what each lifecycle ends as: the subscription's status, the number of
 * bills (each once), and the money refunded. One line per customer in a wrong state.
 */
final class ExactlyOnceCheck {

    /** One customer's holdings, read by {@link #HELD}. */
    record Held(String accountId, String status, long bills, long refunded) {

        String describe() {
            return status + ", " + bills + " bills, " + refunded + " refunded";
        }
    }

    static final String HELD = """
            SELECT c.account_id, s.status,
                   (SELECT count(*) FROM billing_payments b WHERE b.account_id = c.account_id) AS bills,
                   (SELECT coalesce(sum(r.amount_minor), 0) FROM billing_refunds r JOIN billing_payments b
                        ON b.provider_intent_id = r.provider_intent_id WHERE b.account_id = c.account_id AND r.status = 'SUCCEEDED') AS refunded
            FROM billing_customers c LEFT JOIN billing_subscriptions s ON s.provider_customer_id = c.provider_customer_id
            WHERE c.account_id = ANY($1)""";

    private ExactlyOnceCheck() {
    }

    static List<String> wrong(Pool database, List<Lifecycle> lifecycles) {
        List<Held> held = new ArrayList<>();
        String[] accounts = lifecycles.stream().map(Lifecycle::accountId).toArray(String[]::new);
        for (Row row : database.preparedQuery(HELD).execute(Tuple.of(accounts)).await().atMost(Await.LIMIT)) {
            held.add(new Held(row.getString("account_id"), row.getString("status"), row.getLong("bills"), row.getLong("refunded")));
        }
        return wrong(held, lifecycles);
    }

    static List<String> wrong(List<Held> held, List<Lifecycle> lifecycles) {
        Map<String, Held> byAccount = held.stream().collect(Collectors.toMap(Held::accountId, Function.identity()));
        List<String> wrong = new ArrayList<>();
        for (Lifecycle lifecycle : lifecycles) {
            Held found = byAccount.get(lifecycle.accountId());
            String expected = new Held(lifecycle.accountId(), lifecycle.finalStatus(), lifecycle.bills(), lifecycle.refundedMinor()).describe();
            if (found == null || !found.describe().equals(expected)) {
                wrong.add(lifecycle.customerId() + ": " + (found == null ? "nothing" : found.describe()) + " (expected " + expected + ")");
            }
        }
        return wrong;
    }
}
