package app.slate.payments.bills;

import app.slate.payments.checkout.Provider;
import app.slate.payments.checkout.ProviderKeys;
import app.slate.payments.moyasar.MoyasarGateway;
import app.slate.payments.stripe.StripeGateway;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Admins refund a paid bill, in full or in part. The provider is asked and the refund is kept as
 * pending, with who asked; its outcome arrives with the provider's webhook. What is still
 * refundable counts refunds pending and done, so two admins cannot refund the same money twice.
 */
@ApplicationScoped
public class RefundRequests {

    private static final Logger LOG = Logger.getLogger(RefundRequests.class);

    /** A refund asked for: the provider's id, and the amount. */
    public record Requested(String refundId, long amountMinor, String currency) {
    }

    private static final String BILL = """
            SELECT b.provider, b.provider_intent_id, b.status, b.amount_minor, b.currency,
                   coalesce((SELECT sum(r.amount_minor) FROM billing_refunds r
                             WHERE r.provider_intent_id = b.provider_intent_id AND r.status IN ('PENDING', 'SUCCEEDED')), 0) AS refunded
            FROM billing_payments b WHERE b.id = $1""";
    private static final String PENDING = """
            INSERT INTO billing_refunds (id, provider, provider_refund_id, provider_intent_id, amount_minor, currency, status, requested_by)
            VALUES ($1, $2, $3, $4, $5::bigint, $6, 'PENDING', $7)
            ON CONFLICT (provider_refund_id) DO UPDATE SET requested_by = excluded.requested_by""";

    private final Pool database;
    private final StripeGateway stripe;
    private final MoyasarGateway moyasar;

    public RefundRequests(Pool database, StripeGateway stripe, MoyasarGateway moyasar) {
        this.database = database;
        this.stripe = stripe;
        this.moyasar = moyasar;
    }

    /**
     * Moyasar refunds on the payment itself, without an id or an idempotency key: Slate names the
     * refund by the payment and the refunded total it leads to, which the payment's webhook then
     * confirms (see {@link Refunds#settleTotal}).
     */
    private String refundAtMoyasar(String paymentId, long amountMinor, long refundedBefore) {
        moyasar.refund(paymentId, amountMinor);
        return paymentId + ":" + (refundedBefore + amountMinor);
    }

    public Uni<Requested> refund(String adminId, UUID paymentId, Long amountMinor, String clientKey, AlongsideChange alongside) {
        return database.preparedQuery(BILL).execute(Tuple.of(paymentId)).chain(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.notFound("No payment has this id.");
            }
            Row bill = rows.iterator().next();
            if (!"PAID".equals(bill.getString("status")) || bill.getString("provider_intent_id") == null) {
                throw ProblemException.conflict("Only a payment the provider confirmed as paid can be refunded.");
            }
            long refundable = bill.getLong("amount_minor") - bill.getLong("refunded");
            long amount = amountMinor == null ? refundable : amountMinor;
            if (amount <= 0 || amount > refundable) {
                throw ProblemException.invalid("amountMinor", "must be between 1 and " + refundable + ", what is left to refund");
            }
            String intent = bill.getString("provider_intent_id");
            String key = clientKey != null ? ProviderKeys.of("refund-" + paymentId, adminId, clientKey)
                    : "refund-" + paymentId + "-" + bill.getLong("refunded") + "-" + amount;
            String provider = bill.getString("provider");
            return OffLoop.call(() -> provider.equals(Provider.MOYASAR.name()) ? refundAtMoyasar(intent, amount, bill.getLong("refunded"))
                            : stripe.refund(intent, amount, key))
                    .call(refundId -> database.withTransaction(connection -> connection.preparedQuery(PENDING)
                            .execute(Tuple.from(new Object[] {UUID.randomUUID(), provider, refundId, intent, amount, bill.getString("currency"),
                                    adminId}))
                            .chain(() -> alongside.write(connection))))
                    .invoke(refundId -> LOG.infof("Refund %s of %d %s on payment %s asked by admin %s", refundId, amount,
                            bill.getString("currency"), paymentId, adminId))
                    .map(refundId -> new Requested(refundId, amount, bill.getString("currency")));
        });
    }
}
