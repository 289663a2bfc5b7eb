package app.slate.payments.subscriptions;

import app.slate.payments.plans.PlanRules;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Plans an admin grants without payment (a partner, a festival, a support gesture): a
 * COMPLIMENTARY subscription without end, effective at once. An account paying through a
 * provider keeps what it pays for: its subscription must end before a grant replaces it.
 */
@ApplicationScoped
public class Grants {

    private static final Logger LOG = Logger.getLogger(Grants.class);

    private static final String LIVE = """
            SELECT id, provider FROM billing_subscriptions
            WHERE account_id = $1 AND status IN ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE') AND duplicate_of IS NULL FOR UPDATE""";
    private static final String PLAN = "SELECT id FROM billing_plans WHERE code = $1";
    private static final String CHANGE = """
            UPDATE billing_subscriptions SET plan_id = $2, granted_by = $3, version = version + 1, updated_at = now() WHERE id = $1""";
    private static final String GRANT = """
            INSERT INTO billing_subscriptions (id, account_id, plan_id, provider, status, current_period_start, granted_by)
            VALUES ($1, $2, $3, 'COMPLIMENTARY', 'ACTIVE', now(), $4)""";
    private static final String END = """
            UPDATE billing_subscriptions SET status = 'CANCELED', canceled_at = now(), version = version + 1, updated_at = now()
            WHERE account_id = $1 AND provider = 'COMPLIMENTARY' AND status = 'ACTIVE'""";

    private final Pool database;

    public Grants(Pool database) {
        this.database = database;
    }

    public Uni<Void> grant(String adminId, String accountId, String planCode, AlongsideChange alongside) {
        if (PlanRules.FREE.equals(planCode)) {
            throw ProblemException.invalid("planCode", "everyone without a plan is on free; end the grant instead");
        }
        return database.withTransaction(connection -> connection.preparedQuery(PLAN).execute(Tuple.of(planCode))
                .map(rows -> {
                    if (rows.size() == 0) {
                        throw ProblemException.invalid("planCode", "is not a plan of the catalogue");
                    }
                    return rows.iterator().next().getUUID("id");
                })
                .chain(planId -> connection.preparedQuery(LIVE).execute(Tuple.of(accountId)).chain(live -> {
                    if (live.size() == 0) {
                        return connection.preparedQuery(GRANT).execute(Tuple.of(UUID.randomUUID(), accountId, planId, adminId));
                    }
                    var subscription = live.iterator().next();
                    if (!"COMPLIMENTARY".equals(subscription.getString("provider"))) {
                        throw ProblemException.conflict("This account pays for its plan through " + subscription.getString("provider")
                                + "; its subscription must end before a granted plan replaces it.");
                    }
                    return connection.preparedQuery(CHANGE).execute(Tuple.of(subscription.getUUID("id"), planId, adminId));
                }))
                .chain(() -> alongside.write(connection)))
                .invoke(() -> LOG.infof("Plan %s granted to %s by admin %s", planCode, accountId, adminId))
                .replaceWithVoid();
    }

    /** Back to the free plan (or to nothing granted); 404 when the account holds no grant. */
    public Uni<Void> end(String adminId, String accountId, AlongsideChange alongside) {
        return database.withTransaction(connection -> connection.preparedQuery(END).execute(Tuple.of(accountId)).invoke(rows -> {
            if (rows.rowCount() == 0) {
                throw ProblemException.notFound("This account holds no granted plan.");
            }
            LOG.infof("Granted plan of %s ended by admin %s", accountId, adminId);
        }).chain(() -> alongside.write(connection)));
    }
}
