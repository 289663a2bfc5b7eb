package app.slate.matching.api;

import app.slate.casting.reads.Access;
import app.slate.casting.reads.TeamAccess;
import app.slate.matching.score.Factor;
import app.slate.matching.score.MatchWeights;
import app.slate.matching.score.Perspective;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** The factor weights of a project's suggestions: the casting defaults until its team sets its own. */
@ApplicationScoped
public class ProjectWeights {

    private static final String READ = "SELECT weights FROM match_weights WHERE project_id = $1";
    private static final String WRITE = """
            INSERT INTO match_weights (project_id, weights, updated_by, updated_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (project_id) DO UPDATE SET weights = $2, updated_by = $3, updated_at = $4""";

    private final Pool database;
    private final TeamAccess team;

    public ProjectWeights(Pool database, TeamAccess team) {
        this.database = database;
        this.team = team;
    }

    public Uni<MatchWeights> of(UUID projectId) {
        return database.preparedQuery(READ).execute(Tuple.of(projectId)).map(rows -> {
            if (rows.size() == 0) {
                return MatchWeights.defaults(Perspective.CASTING);
            }
            Map<Factor, Double> stored = new EnumMap<>(Factor.class);
            rows.iterator().next().getJsonObject("weights").forEach(e -> stored.put(Factor.valueOf(e.getKey()), ((Number) e.getValue()).doubleValue()));
            return new MatchWeights(stored);
        });
    }

    /** Any member of the team may read them. */
    public Uni<MatchWeights> read(Caller caller, UUID projectId) {
        return access(caller, projectId).chain(access -> of(projectId));
    }

    /** Owners and editors set them; factors left out keep their default. */
    public Uni<MatchWeights> replace(Caller caller, UUID projectId, Map<Factor, Double> given) {
        MatchWeights weights = MatchWeights.override(given);
        return access(caller, projectId).chain(access -> {
            if (!access.allows(Access.EDITOR)) {
                throw ProblemException.forbidden("Setting match weights needs editor access to the project; yours is viewer.");
            }
            JsonObject stored = new JsonObject();
            weights.weights().forEach((factor, weight) -> stored.put(factor.name(), weight));
            return database.preparedQuery(WRITE).execute(Tuple.of(projectId, stored, caller.userId(), OffsetDateTime.now(ZoneOffset.UTC)))
                    .replaceWith(weights);
        });
    }

    private Uni<Access> access(Caller caller, UUID projectId) {
        return team.of(caller, projectId).map(access -> access.orElseThrow(() -> ProblemException.notFound("Project not found")));
    }
}
