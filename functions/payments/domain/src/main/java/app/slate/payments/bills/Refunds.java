package app.slate.payments.bills;

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

    /** True when this snapshot changed what is held (a new refund or a later state of one). */
    public Uni<Boolean> apply(SqlConnection connection, RefundSnapshot refund) {
        return connection.preparedQuery(UPSERT).execute(Tuple.from(new Object[] {UUID.randomUUID(), refund.provider().name(),
                        refund.refundId(), refund.intentId(), refund.amountMinor(), refund.currency(), refund.status().name(), refund.reason(),
                        refund.stateAt(), refund.status().rank()}))
                .map(rows -> rows.size() > 0);
    }
}
