package app.slate.casting.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * How much of a plan's casting limits an account has used: submissions made in a period (a
 * withdrawn one still counts, or withdrawing and submitting again would get round the limit) and
 * roles open on the projects it owns (a collaborator's opening counts against the owner, who pays).
 * Casting checks these against the entitlements itself; payments shows them in /billing/me.
 */
@ApplicationScoped
public class CastingUsage {

    private static final String SUBMISSIONS = "SELECT count(*) AS used FROM submissions WHERE talent_id = $1 AND created_at >= $2";
    private static final String OPEN_ROLES = """
            SELECT count(*) AS used FROM casting_roles r JOIN projects p ON p.id = r.project_id
            WHERE p.owner_id = $1 AND r.status = 'OPEN'""";

    private final Pool database;

    public CastingUsage(Pool database) {
        this.database = database;
    }

    public Uni<Long> submissionsSince(String talentId, Instant since) {
        return count(SUBMISSIONS, Tuple.of(talentId, since.atOffset(ZoneOffset.UTC)));
    }

    public Uni<Long> openRoles(String ownerId) {
        return count(OPEN_ROLES, Tuple.of(ownerId));
    }

    private Uni<Long> count(String query, Tuple arguments) {
        return database.preparedQuery(query).execute(arguments).map(rows -> rows.iterator().next().getLong("used"));
    }
}
