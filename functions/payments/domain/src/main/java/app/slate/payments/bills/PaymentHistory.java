package app.slate.payments.bills;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** An account's bills, newest first, with what was refunded of each (refunds joined by payment intent). */
@ApplicationScoped
public class PaymentHistory {

    static final String VIEW = """
            SELECT b.id, b.provider, b.status, b.reason, p.code, b.amount_minor, b.currency, b.vat_minor, b.period_start, b.period_end,
                   b.paid_at, b.receipt_number, b.attempt_count, b.next_attempt_at, b.created_at, b.account_id,
                   coalesce((SELECT sum(r.amount_minor) FROM billing_refunds r
                             WHERE r.provider_intent_id = b.provider_intent_id AND r.status = 'SUCCEEDED'), 0) AS refunded
            FROM billing_payments b LEFT JOIN billing_plans p ON p.id = b.plan_id""";
    private static final String OF_ACCOUNT = VIEW + """
             WHERE b.account_id = $1 AND b.amount_minor > 0 AND ($2::timestamptz IS NULL OR b.created_at < $2)
            ORDER BY b.created_at DESC LIMIT $3""";
    private static final String ONE = VIEW + " WHERE b.id = $1";

    private final Pool database;

    public PaymentHistory(Pool database) {
        this.database = database;
    }

    public Uni<List<PaymentView>> of(String accountId, Instant before, int limit) {
        return database.preparedQuery(OF_ACCOUNT).execute(Tuple.of(accountId, before == null ? null : before.atOffset(ZoneOffset.UTC), limit))
                .map(rows -> {
                    List<PaymentView> payments = new ArrayList<>();
                    rows.forEach(row -> payments.add(view(row)));
                    return payments;
                });
    }

    /** One bill with its payer's account id; empty when there is none. */
    public Uni<Optional<Owned>> byId(UUID id) {
        return database.preparedQuery(ONE).execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(new Owned(rows.iterator().next().getString("account_id"),
                        view(rows.iterator().next()))));
    }

    /** A bill and whose it is. */
    public record Owned(String accountId, PaymentView payment) {
    }

    static PaymentView view(Row row) {
        return new PaymentView(row.getUUID("id"), row.getString("provider"), row.getString("status"), row.getString("reason"),
                row.getString("code"), row.getLong("amount_minor"), row.getString("currency"), row.getLong("vat_minor"), row.getLong("refunded"),
                instant(row.getOffsetDateTime("period_start")), instant(row.getOffsetDateTime("period_end")), instant(row.getOffsetDateTime("paid_at")),
                row.getString("receipt_number"), row.getInteger("attempt_count"), instant(row.getOffsetDateTime("next_attempt_at")),
                instant(row.getOffsetDateTime("created_at")));
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
