package app.slate.payments.bills;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Bills (owner of {@code billing_payments}): one row per provider bill, whatever the number of
 * deliveries about it, holding the provider's latest state by provider time and status rank. The
 * account is the customer's Slate made; the plan is the one its price buys.
 */
@ApplicationScoped
public class Bills {

    /** A bill as applied: its status and attempts before (null and 0 when new), and its plan's name. */
    public record Applied(UUID id, String accountId, String planName, BillStatus before, int attemptsBefore, BillSnapshot snapshot,
                          boolean ofDuplicate) {

        /** Whether the payer would want to hear of it: paid at last, or one more attempt failed (never a duplicate purchase's). */
        public boolean notable() {
            return accountId != null && !ofDuplicate && (snapshot.status() == BillStatus.PAID && before != BillStatus.PAID && snapshot.amountMinor() > 0
                    || snapshot.status() == BillStatus.FAILED && snapshot.attemptCount() > attemptsBefore);
        }
    }

    private static final String UPSERT = """
            INSERT INTO billing_payments (id, account_id, provider, provider_payment_id, provider_intent_id, provider_subscription_id,
                plan_id, status, reason, amount_minor, currency, vat_minor, period_start, period_end, attempt_count, next_attempt_at,
                receipt_number, paid_at, provider_state_at, provider_state_rank)
            VALUES ($1, (SELECT account_id FROM billing_customers WHERE provider = $3 AND provider_customer_id = $19),
                    $3, $4, $5, $6, (SELECT plan_id FROM billing_provider_prices WHERE provider_price_id = $7), $8, $9, $10::bigint, $11,
                    $12::bigint, $13, $14, $15::int, $16, $17, $18, $2::bigint, $20::int)
            ON CONFLICT (provider, provider_payment_id) DO UPDATE SET
                account_id = coalesce(billing_payments.account_id, excluded.account_id),
                provider_intent_id = coalesce(excluded.provider_intent_id, billing_payments.provider_intent_id),
                provider_subscription_id = coalesce(excluded.provider_subscription_id, billing_payments.provider_subscription_id),
                plan_id = coalesce(excluded.plan_id, billing_payments.plan_id),
                status = excluded.status, reason = coalesce(excluded.reason, billing_payments.reason),
                amount_minor = excluded.amount_minor, currency = excluded.currency, vat_minor = excluded.vat_minor,
                period_start = excluded.period_start, period_end = excluded.period_end,
                attempt_count = greatest(excluded.attempt_count, billing_payments.attempt_count),
                next_attempt_at = excluded.next_attempt_at, receipt_number = coalesce(excluded.receipt_number, billing_payments.receipt_number),
                paid_at = coalesce(excluded.paid_at, billing_payments.paid_at),
                provider_state_at = excluded.provider_state_at, provider_state_rank = excluded.provider_state_rank, updated_at = now()
            WHERE (billing_payments.provider_state_at, billing_payments.provider_state_rank)
                  <= (excluded.provider_state_at, excluded.provider_state_rank)
            RETURNING id, account_id, (SELECT name FROM billing_plans WHERE id = billing_payments.plan_id) AS plan_name,
                coalesce((SELECT duplicate_of IS NOT NULL FROM billing_subscriptions
                          WHERE provider_subscription_id = billing_payments.provider_subscription_id), false) AS of_duplicate""";

    private static final String BEFORE = """
            SELECT status, attempt_count FROM billing_payments WHERE provider = $1 AND provider_payment_id = $2 FOR UPDATE""";

    /** The payment intent of a bill, learnt from a separate event: kept whatever the bill's state. */
    private static final String INTENT = """
            INSERT INTO billing_payments (id, provider, provider_payment_id, provider_intent_id, status, amount_minor, currency)
            VALUES ($1, $2, $3, $4, 'OPEN', $5::bigint, $6)
            ON CONFLICT (provider, provider_payment_id) DO UPDATE SET
                provider_intent_id = coalesce(billing_payments.provider_intent_id, excluded.provider_intent_id), updated_at = now()""";

    private static final String EXPECT = """
            INSERT INTO billing_payments (id, account_id, provider, provider_payment_id, provider_intent_id, provider_subscription_id,
                plan_id, status, reason, amount_minor, currency, period_start, period_end)
            VALUES ($1, (SELECT account_id FROM billing_customers WHERE provider = $2 AND provider_customer_id = $12), $2, $3, $4, $5,
                    (SELECT plan_id FROM billing_provider_prices WHERE provider_price_id = $6), 'OPEN', $7, $8::bigint, $9, $10, $11)
            ON CONFLICT (provider, provider_payment_id) DO UPDATE SET provider_intent_id = excluded.provider_intent_id, updated_at = now()""";

    public Uni<Optional<Applied>> apply(SqlConnection connection, BillSnapshot bill) {
        return connection.preparedQuery(BEFORE).execute(Tuple.of(bill.provider().name(), bill.billId())).chain(rows -> {
            BillStatus before = rows.size() == 0 ? null : BillStatus.valueOf(rows.iterator().next().getString("status"));
            int attemptsBefore = rows.size() == 0 ? 0 : rows.iterator().next().getInteger("attempt_count");
            return connection.preparedQuery(UPSERT).execute(Tuple.from(new Object[] {UUID.randomUUID(), bill.stateAt(),
                            bill.provider().name(), bill.billId(), bill.intentId(), bill.subscriptionId(), bill.priceId(), bill.status().name(),
                            bill.reason(), bill.amountMinor(), bill.currency(), Vat.within(bill.amountMinor(), bill.currency()),
                            time(bill.periodStart()), time(bill.periodEnd()), bill.attemptCount(), time(bill.nextAttemptAt()),
                            bill.receiptNumber(), time(bill.paidAt()), bill.customerId(), bill.status().rank()}))
                    .map(applied -> {
                        if (applied.size() == 0) {
                            return Optional.<Applied>empty();
                        }
                        Row row = applied.iterator().next();
                        return Optional.of(new Applied(row.getUUID("id"), row.getString("account_id"), row.getString("plan_name"), before,
                                attemptsBefore, bill, row.getBoolean("of_duplicate")));
                    });
        });
    }

    /**
     * A bill Slate raises itself (a Moyasar renewal) before it asks for the money, naming the payment
     * it is about to make, so that the provider's answer, or its webhook, finds the bill. A retry
     * names its new payment; the bill's state moves only when a payment's outcome is applied.
     */
    public Uni<Void> expect(SqlConnection connection, BillSnapshot bill) {
        return connection.preparedQuery(EXPECT).execute(Tuple.from(new Object[] {UUID.randomUUID(), bill.provider().name(), bill.billId(),
                bill.intentId(), bill.subscriptionId(), bill.priceId(), bill.reason(), bill.amountMinor(), bill.currency(),
                time(bill.periodStart()), time(bill.periodEnd()), bill.customerId()})).replaceWithVoid();
    }

    public Uni<Void> intent(SqlConnection connection, String provider, String billId, String intentId, long amountMinor, String currency) {
        return connection.preparedQuery(INTENT).execute(Tuple.from(new Object[] {UUID.randomUUID(), provider, billId, intentId,
                amountMinor, currency})).replaceWithVoid();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
