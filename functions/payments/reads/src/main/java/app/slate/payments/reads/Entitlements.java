package app.slate.payments.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The one entitlement service: what an account's plan allows, read fresh on every check, so a
 * change of plan (a payment, a downgrade, an admin's grant, an admin changing the plan itself)
 * takes effect at once everywhere. An account without a live subscription is on the free plan.
 * Casting asks it before a submission and before opening a role, media before an upload, search
 * and matching for placement. Read-only; usable inside or outside a Hibernate session.
 */
@ApplicationScoped
public class Entitlements {

    /** A subscription entitles while it is trialing, active, or past due (the provider is still retrying). */
    static final String ENTITLING = "('TRIALING', 'ACTIVE', 'PAST_DUE')";

    private static final String OF_ACCOUNT = """
            SELECT p.code, p.name, p.submissions_per_month, p.storage_bytes, p.open_roles, p.priority_placement, p.featured_badge,
                   s.status, s.current_period_start, s.current_period_end
            FROM billing_plans p
            LEFT JOIN billing_subscriptions s ON s.plan_id = p.id AND s.account_id = $1 AND s.status IN %s AND s.duplicate_of IS NULL
            WHERE p.code = 'free' OR s.id IS NOT NULL
            ORDER BY s.id IS NULL LIMIT 1""".formatted(ENTITLING);

    private final Pool database;

    public Entitlements(Pool database) {
        this.database = database;
    }

    public Uni<Entitlement> of(String accountId) {
        return database.preparedQuery(OF_ACCOUNT).execute(Tuple.of(accountId)).map(rows -> {
            if (rows.size() == 0) {
                throw new IllegalStateException("the plan catalogue has no free plan");
            }
            return read(accountId, rows.iterator().next(), Instant.now());
        });
    }

    private static Entitlement read(String accountId, Row row, Instant now) {
        String status = row.getString("status");
        Period period = status == null
                ? Period.calendarMonth(now)
                : Period.of(instant(row.getOffsetDateTime("current_period_start")), instant(row.getOffsetDateTime("current_period_end")), now);
        return new Entitlement(accountId, row.getString("code"), row.getString("name"), row.getInteger("submissions_per_month"),
                row.getLong("storage_bytes"), row.getInteger("open_roles"), row.getBoolean("priority_placement"),
                row.getBoolean("featured_badge"), status, period.start(), period.end());
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    /** The billing period that contains now: a subscription's own, else months counted from its start (or the calendar's). */
    record Period(Instant start, Instant end) {

        static Period calendarMonth(Instant now) {
            var month = now.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1).atStartOfDay().atOffset(ZoneOffset.UTC);
            return new Period(month.toInstant(), month.plusMonths(1).toInstant());
        }

        static Period of(Instant start, Instant end, Instant now) {
            if (end != null && !now.isBefore(start) && now.isBefore(end)) {
                return new Period(start, end);
            }
            // A grant without an end, or a period the provider has not renewed yet: whole months from the start.
            OffsetDateTime anchor = start.atOffset(ZoneOffset.UTC);
            long months = Math.max(0, ChronoUnit.MONTHS.between(anchor, now.atOffset(ZoneOffset.UTC)));
            return new Period(anchor.plusMonths(months).toInstant(), anchor.plusMonths(months + 1).toInstant());
        }
    }
}
