package app.slate.payments.overview;

import app.slate.casting.reads.CastingUsage;
import app.slate.media.reads.StorageUse;
import app.slate.payments.plans.Audience;
import app.slate.payments.plans.PlanCatalogue;
import app.slate.payments.plans.PlanView;
import app.slate.payments.reads.Entitlement;
import app.slate.payments.reads.Entitlements;
import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What /billing/me shows a person: the plan they are on and how they hold it, the current period,
 * their use of each limit (counted by the context that owns it), and what the next tier adds.
 */
@ApplicationScoped
public class BillingOverview {

    public record Overview(PlanSummary plan, Holding subscription, Instant periodStart, Instant periodEnd, List<Usage> usage,
                           NextTier nextTier) {
    }

    public record PlanSummary(String code, String name, boolean priorityPlacement, boolean featuredBadge) {
    }

    /**
     * How the plan is held: through which provider, in what state, until when, and the plan it
     * changes to when the period ends (a scheduled change), if any. Null on the free plan.
     */
    public record Holding(String provider, String status, boolean cancelAtPeriodEnd, Instant currentPeriodEnd, String currency,
                          Long amountMinor, String changesToPlan) {
    }

    /** One limit: how much is used and how much the plan allows (null is unlimited). */
    public record Usage(String limit, long used, Long allowed) {
    }

    private static final String HOLDING = """
            SELECT s.provider, s.status, s.cancel_at_period_end, s.current_period_end, s.currency, s.amount_minor, p.code AS changes_to
            FROM billing_subscriptions s
            LEFT JOIN billing_provider_prices pp ON pp.provider_price_id = s.next_provider_price_id
            LEFT JOIN billing_plans p ON p.id = pp.plan_id
            WHERE s.account_id = $1 AND s.status IN ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE') AND s.duplicate_of IS NULL""";

    private final Entitlements entitlements;
    private final PlanCatalogue catalogue;
    private final CastingUsage casting;
    private final StorageUse storage;
    private final Pool database;

    public BillingOverview(Entitlements entitlements, PlanCatalogue catalogue, CastingUsage casting, StorageUse storage, Pool database) {
        this.entitlements = entitlements;
        this.catalogue = catalogue;
        this.casting = casting;
        this.storage = storage;
        this.database = database;
    }

    public Uni<Overview> of(Caller caller) {
        String me = caller.userId();
        return entitlements.of(me).chain(plan -> Uni.combine().all()
                .unis(casting.submissionsSince(me, plan.periodStart()), casting.openRoles(me), storage.heldBy(me), holding(me),
                        catalogue.byCode(plan.planCode()), catalogue.offered())
                .with((submissions, openRoles, stored, holding, current, offered) -> new Overview(
                        new PlanSummary(plan.planCode(), plan.planName(), plan.priorityPlacement(), plan.featuredBadge()),
                        holding.orElse(null), plan.periodStart(), plan.periodEnd(),
                        usage(plan, submissions, openRoles, stored),
                        current.flatMap(p -> NextTier.after(p, Audience.of(caller), offered))
                                .orElse(null))));
    }

    private static List<Usage> usage(Entitlement plan, long submissions, long openRoles, long stored) {
        return List.of(new Usage("submissionsPerMonth", submissions, limit(plan.submissionsPerMonth())),
                new Usage("openRoles", openRoles, limit(plan.openRoles())),
                new Usage("storageBytes", stored, plan.storageBytes()));
    }

    private static Long limit(Integer allowed) {
        return allowed == null ? null : allowed.longValue();
    }

    private Uni<Optional<Holding>> holding(String accountId) {
        return database.preparedQuery(HOLDING).execute(Tuple.of(accountId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            var end = row.getOffsetDateTime("current_period_end");
            return Optional.of(new Holding(row.getString("provider"), row.getString("status"), row.getBoolean("cancel_at_period_end"),
                    end == null ? null : end.toInstant(), row.getString("currency"), row.getLong("amount_minor"), row.getString("changes_to")));
        });
    }
}
