package app.slate.payments.overview;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What admins watch: monthly recurring revenue by currency now (paying subscriptions, past due
 * included while the provider retries; granted plans bring nothing), subscriptions by plan and
 * status now, and for a period: checkouts started and paid, renewals that failed and those later
 * recovered, and money collected and refunded by currency.
 */
@ApplicationScoped
public class RevenueFigures {

    public record Revenue(Instant from, Instant to, List<Recurring> monthlyRecurring, List<Holders> subscriptions, Checkouts checkouts,
                          Renewals renewals, List<Collected> collected) {
    }

    public record Recurring(String currency, long amountMinor, long subscriptions) {
    }

    public record Holders(String planCode, String provider, String status, long count) {
    }

    /** {@code conversion} is paid over started, 0 when none started. */
    public record Checkouts(long started, long paid, double conversion) {
    }

    public record Renewals(long failing, long recovered) {
    }

    public record Collected(String currency, long paidMinor, long refundedMinor) {
    }

    private static final String RECURRING = """
            SELECT currency, coalesce(sum(amount_minor), 0) AS amount, count(*) AS holders FROM billing_subscriptions
            WHERE status IN ('ACTIVE', 'PAST_DUE') AND provider <> 'COMPLIMENTARY' AND currency IS NOT NULL AND duplicate_of IS NULL
            GROUP BY currency ORDER BY currency""";
    private static final String HOLDERS = """
            SELECT p.code, s.provider, s.status, count(*) AS holders FROM billing_subscriptions s JOIN billing_plans p ON p.id = s.plan_id
            WHERE s.status IN ('TRIALING', 'ACTIVE', 'PAST_DUE') AND s.duplicate_of IS NULL GROUP BY p.code, s.provider, s.status ORDER BY p.code, s.provider, s.status""";
    private static final String CHECKOUTS = """
            SELECT count(*) AS started, count(*) FILTER (WHERE status = 'COMPLETED') AS paid FROM billing_checkouts
            WHERE created_at >= $1 AND created_at < $2""";
    private static final String RENEWALS = """
            SELECT count(*) FILTER (WHERE status = 'FAILED') AS failing, count(*) FILTER (WHERE status = 'PAID' AND attempt_count > 1) AS recovered
            FROM billing_payments WHERE reason = 'RENEWAL' AND created_at >= $1 AND created_at < $2""";
    private static final String COLLECTED = """
            SELECT currency, sum(paid) AS paid, sum(refunded) AS refunded FROM (
                SELECT currency, amount_minor AS paid, 0 AS refunded FROM billing_payments
                WHERE status = 'PAID' AND paid_at >= $1 AND paid_at < $2
                UNION ALL
                SELECT currency, 0, amount_minor FROM billing_refunds WHERE status = 'SUCCEEDED' AND updated_at >= $1 AND updated_at < $2
            ) money GROUP BY currency ORDER BY currency""";

    private final Pool database;

    public RevenueFigures(Pool database) {
        this.database = database;
    }

    public Uni<Revenue> between(Instant from, Instant to) {
        Tuple period = Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC));
        return Uni.combine().all().unis(
                        database.query(RECURRING).execute().map(rows -> list(rows, row -> new Recurring(row.getString("currency"),
                                row.getLong("amount"), row.getLong("holders")))),
                        database.query(HOLDERS).execute().map(rows -> list(rows, row -> new Holders(row.getString("code"),
                                row.getString("provider"), row.getString("status"), row.getLong("holders")))),
                        database.preparedQuery(CHECKOUTS).execute(period).map(rows -> {
                            Row row = rows.iterator().next();
                            long started = row.getLong("started");
                            return new Checkouts(started, row.getLong("paid"), started == 0 ? 0 : (double) row.getLong("paid") / started);
                        }),
                        database.preparedQuery(RENEWALS).execute(period).map(rows -> new Renewals(rows.iterator().next().getLong("failing"),
                                rows.iterator().next().getLong("recovered"))),
                        database.preparedQuery(COLLECTED).execute(period).map(rows -> list(rows, row -> new Collected(row.getString("currency"),
                                row.getLong("paid"), row.getLong("refunded")))))
                .with((recurring, holders, checkouts, renewals, collected) -> new Revenue(from, to, recurring, holders, checkouts, renewals,
                        collected));
    }

    private static <T> List<T> list(RowSet<Row> rows, Function<Row, T> read) {
        List<T> list = new ArrayList<>();
        rows.forEach(row -> list.add(read.apply(row)));
        return list;
    }
}
