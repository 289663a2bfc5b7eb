package app.slate.payments.stripe;

import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Undoes a duplicate purchase (a second paid subscription of an account that already pays): while
 * it is live at Stripe it is cancelled there, and each of its paid bills not yet refunded is refunded
 * in full. Idempotency keys derived from the subscription and the payment make a repeated call (the
 * same event again, the next event of the same subscription) harmless. Blocking: the worker's thread.
 */
@ApplicationScoped
public class DuplicatePurchases {

    private static final Logger LOG = Logger.getLogger(DuplicatePurchases.class);

    private static final String DUPLICATE = """
            SELECT status FROM billing_subscriptions WHERE provider = 'STRIPE' AND provider_subscription_id = $1 AND duplicate_of IS NOT NULL""";
    private static final String UNREFUNDED = """
            SELECT b.provider_intent_id, b.amount_minor FROM billing_payments b
            WHERE b.provider = 'STRIPE' AND b.provider_subscription_id = $1 AND b.status = 'PAID' AND b.amount_minor > 0
              AND b.provider_intent_id IS NOT NULL
              AND NOT EXISTS (SELECT 1 FROM billing_refunds r WHERE r.provider_intent_id = b.provider_intent_id)""";

    private final Pool database;
    private final StripeGateway stripe;

    public DuplicatePurchases(Pool database, StripeGateway stripe) {
        this.database = database;
        this.stripe = stripe;
    }

    public void settle(String subscriptionId) {
        if (subscriptionId == null) {
            return;
        }
        var duplicate = database.preparedQuery(DUPLICATE).execute(Tuple.of(subscriptionId)).await().atMost(Await.LIMIT);
        if (duplicate.size() == 0) {
            return;
        }
        if (!"CANCELED".equals(duplicate.iterator().next().getString("status"))) {
            stripe.cancelNow(subscriptionId);
        }
        for (Row bill : database.preparedQuery(UNREFUNDED).execute(Tuple.of(subscriptionId)).await().atMost(Await.LIMIT)) {
            String intent = bill.getString("provider_intent_id");
            stripe.refund(intent, bill.getLong("amount_minor"), "duplicate-" + intent);
            LOG.infof("Refunded %d of duplicate subscription %s (payment intent %s)", bill.getLong("amount_minor"), subscriptionId, intent);
        }
    }
}
