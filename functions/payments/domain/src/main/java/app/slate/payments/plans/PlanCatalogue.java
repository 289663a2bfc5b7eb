package app.slate.payments.plans;

import app.slate.payments.plans.PlanDetails.Limits;
import app.slate.payments.plans.PlanDetails.Price;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The plan catalogue (owner of {@code billing_plans} and {@code billing_plan_prices}). Everyone
 * reads the plans on offer; admins write them. A change applies at once to everyone on the plan
 * (entitlements are read live); a changed amount forgets the provider's price, which is fixed once
 * made, so the next checkout makes a new one while running subscriptions keep theirs.
 */
@ApplicationScoped
public class PlanCatalogue {

    private static final Logger LOG = Logger.getLogger(PlanCatalogue.class);
    private static final TypeReference<List<Price>> PRICES = new TypeReference<>() { };

    private static final String SELECT = """
            SELECT p.id, p.code, p.name, p.description, p.audience, p.tier, p.status, p.submissions_per_month, p.storage_bytes,
                   p.open_roles, p.priority_placement, p.featured_badge, p.trial_days,
                   coalesce(json_agg(json_build_object('currency', pp.currency, 'amountMinor', pp.amount_minor) ORDER BY pp.currency)
                            FILTER (WHERE pp.plan_id IS NOT NULL), '[]')::text AS prices
            FROM billing_plans p LEFT JOIN billing_plan_prices pp ON pp.plan_id = p.id
            WHERE %s GROUP BY p.id ORDER BY p.audience, p.tier, p.code""";

    private static final String UPSERT = """
            INSERT INTO billing_plans (id, code, name, description, audience, tier, status, submissions_per_month, storage_bytes,
                                       open_roles, priority_placement, featured_badge, trial_days)
            VALUES ($1, $2, $3, $4, $5, $6::int, 'ACTIVE', $7::int, $8::bigint, $9::int, $10, $11, $12::int)
            ON CONFLICT (code) DO UPDATE SET name = excluded.name, description = excluded.description, audience = excluded.audience,
                tier = excluded.tier, status = 'ACTIVE', submissions_per_month = excluded.submissions_per_month,
                storage_bytes = excluded.storage_bytes, open_roles = excluded.open_roles,
                priority_placement = excluded.priority_placement, featured_badge = excluded.featured_badge,
                trial_days = excluded.trial_days, version = billing_plans.version + 1, updated_at = now()
            RETURNING id, version = 0 AS created""";

    private static final String DROP_OTHER_PRICES = "DELETE FROM billing_plan_prices WHERE plan_id = $1 AND NOT (currency = ANY($2::text[]))";

    /** A new amount forgets the provider's price id: providers' prices cannot change. */
    private static final String PUT_PRICE = """
            INSERT INTO billing_plan_prices (plan_id, currency, amount_minor) VALUES ($1, $2, $3::bigint)
            ON CONFLICT (plan_id, currency) DO UPDATE SET amount_minor = excluded.amount_minor,
                stripe_price_id = CASE WHEN billing_plan_prices.amount_minor = excluded.amount_minor
                                       THEN billing_plan_prices.stripe_price_id END""";

    private static final String RETIRE = "UPDATE billing_plans SET status = 'RETIRED', version = version + 1, updated_at = now() WHERE code = $1";

    private final Pool database;
    private final ObjectMapper json;

    public PlanCatalogue(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The plans anyone may choose now, the free one first. */
    public Uni<List<PlanView>> offered() {
        return database.query(SELECT.formatted("p.status = 'ACTIVE'")).execute().map(this::plans);
    }

    /** Every plan, retired ones too (admins). */
    public Uni<List<PlanView>> all() {
        return database.query(SELECT.formatted("true")).execute().map(this::plans);
    }

    public Uni<Optional<PlanView>> byCode(String code) {
        return database.preparedQuery(SELECT.formatted("p.code = $1")).execute(Tuple.of(code))
                .map(rows -> plans(rows).stream().findFirst());
    }

    /** Creates the plan or changes it (offering it again if it was retired); true when it is new. */
    public Uni<Boolean> put(String adminId, String code, PlanDetails plan, AlongsideChange alongside) {
        PlanRules.checkCode(code);
        PlanRules.check(code, plan);
        Limits limits = plan.entitlements();
        return database.withTransaction(connection -> connection.preparedQuery(UPSERT)
                        .execute(Tuple.from(new Object[] {UUID.randomUUID(), code, plan.name().strip(), plan.descriptionOrEmpty(),
                                plan.audience().name(), plan.tier(), limits.submissionsPerMonth(), limits.storageBytes(), limits.openRoles(),
                                limits.priorityPlacement(), limits.featuredBadge(), plan.trialDaysOrNone()}))
                        .map(rows -> rows.iterator().next())
                        .call(row -> prices(connection, row.getUUID("id"), plan.prices()))
                        .call(() -> alongside.write(connection))
                        .map(row -> row.getBoolean("created")))
                .invoke(created -> LOG.infof("Plan %s %s by admin %s", code, created ? "created" : "changed", adminId));
    }

    /** Offered to nobody new; whoever holds it keeps it until they change. The free plan stays. */
    public Uni<Void> retire(String adminId, String code, AlongsideChange alongside) {
        if (PlanRules.FREE.equals(code)) {
            throw ProblemException.conflict("The free plan is everyone's without a subscription; it cannot be retired.");
        }
        return database.withTransaction(connection -> connection.preparedQuery(RETIRE).execute(Tuple.of(code)).invoke(rows -> {
            if (rows.rowCount() == 0) {
                throw ProblemException.notFound("No plan has the code " + code);
            }
            LOG.infof("Plan %s retired by admin %s", code, adminId);
        }).chain(() -> alongside.write(connection)));
    }

    private Uni<Void> prices(SqlConnection connection, UUID planId, List<Price> prices) {
        String[] currencies = prices.stream().map(price -> price.currency().name()).toArray(String[]::new);
        Uni<?> dropped = connection.preparedQuery(DROP_OTHER_PRICES).execute(Tuple.of(planId, currencies));
        if (prices.isEmpty()) {
            return dropped.replaceWithVoid();
        }
        List<Tuple> rows = prices.stream().map(price -> Tuple.of(planId, price.currency().name(), price.amountMinor())).toList();
        return dropped.chain(() -> connection.preparedQuery(PUT_PRICE).executeBatch(rows)).replaceWithVoid();
    }

    private List<PlanView> plans(RowSet<Row> rows) {
        List<PlanView> plans = new ArrayList<>();
        for (Row row : rows) {
            plans.add(new PlanView(row.getString("code"), row.getString("name"), row.getString("description"),
                    Audience.valueOf(row.getString("audience")), row.getInteger("tier"), row.getString("status"),
                    new Limits(row.getInteger("submissions_per_month"), row.getLong("storage_bytes"), row.getInteger("open_roles"),
                            row.getBoolean("priority_placement"), row.getBoolean("featured_badge")),
                    row.getInteger("trial_days"), prices(row.getString("prices"))));
        }
        return plans;
    }

    private List<Price> prices(String text) {
        try {
            return json.readValue(text, PRICES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("billing_plan_prices read back unreadable", e);
        }
    }
}
