package app.slate.payments.bills;

import app.slate.payments.checkout.Provider;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Refunds (owner of {@code billing_refunds}): one row per provider refund, kept by itself and
 * joined to its bill by the payment intent it names, so one that arrives before its payment's
 * success is not lost; its latest state wins by provider time, then by rank (pending first).
 */
@ApplicationScoped
public class Refunds {

    private static final String UPSERT = """
            INSERT INTO billing_refunds (id, provider, provider_refund_id, provider_intent_id, amount_minor, currency, status, reason,
                                         provider_state_at, provider_state_rank)
            VALUES ($1, $2, $3, $4, $5::bigint, $6, $7, $8, $9::bigint, $10::int)
            ON CONFLICT (provider_refund_id) DO UPDATE SET status = excluded.status, amount_minor = excluded.amount_minor,
                provider_state_at = excluded.provider_state_at, provider_state_rank = excluded.provider_state_rank, updated_at = now()
            WHERE (billing_refunds.provider_state_at, billing_refunds.provider_state_rank)
                  <= (excluded.provider_state_at, excluded.provider_state_rank)
            RETURNING (xmax = 0) AS inserted""";

    /**
     * Moyasar keeps refunds on the payment, as a running total: the refunds Slate asked for (named
     * {@code <payment>:<total after it>}) are done once the total reaches theirs, and what the total
     * holds beyond them (a refund made in Moyasar's dashboard) is kept as one more refund, so the
     * sum of a payment's refunds is always Moyasar's total.
     */
    public Uni<Void> settleTotal(SqlConnection connection, Provider provider, String paymentId, long refundedMinor, String currency,
                                 long stateAt) {
        return connection.preparedQuery(DONE).execute(Tuple.of(provider.name(), paymentId, refundedMinor, stateAt))
                .chain(() -> connection.preparedQuery(BEYOND).execute(Tuple.from(new Object[] {UUID.randomUUID(), provider.name(),
                        paymentId, refundedMinor, currency, stateAt})))
                .replaceWithVoid();
    }

    private static final String DONE = """
            UPDATE billing_refunds SET status = 'SUCCEEDED', provider_state_at = $4::bigint, provider_state_rank = 1, updated_at = now()
            WHERE provider = $1 AND provider_intent_id = $2 AND status = 'PENDING'
              AND CASE WHEN provider_refund_id ~ ':[0-9]{1,18}$' THEN split_part(provider_refund_id, ':', 2)::bigint END <= $3::bigint""";
    private static final String BEYOND = """
            INSERT INTO billing_refunds (id, provider, provider_refund_id, provider_intent_id, amount_minor, currency, status,
                                         provider_state_at, provider_state_rank)
            SELECT $1::uuid, $2::text, $3::text || ':' || $4::bigint::text, $3::text, $4::bigint - coalesce(sum(amount_minor), 0), $5::text,
                   'SUCCEEDED', $6::bigint, 1
            FROM billing_refunds WHERE provider = $2::text AND provider_intent_id = $3::text AND status = 'SUCCEEDED'
            HAVING $4::bigint - coalesce(sum(amount_minor), 0) > 0
            ON CONFLICT (provider_refund_id) DO NOTHING""";

    /** True when this snapshot changed what is held (a new refund or a later state of one). */
    public Uni<Boolean> apply(SqlConnection connection, RefundSnapshot refund) {
        return connection.preparedQuery(UPSERT).execute(Tuple.from(new Object[] {UUID.randomUUID(), refund.provider().name(),
                        refund.refundId(), refund.intentId(), refund.amountMinor(), refund.currency(), refund.status().name(), refund.reason(),
                        refund.stateAt(), refund.status().rank()}))
                .map(rows -> rows.size() > 0);
    }
}
