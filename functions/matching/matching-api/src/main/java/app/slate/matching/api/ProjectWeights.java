package app.slate.matching.api;

import app.slate.matching.score.Factor;
import app.slate.matching.score.MatchWeights;
import app.slate.matching.score.Perspective;
import app.slate.matching.source.MatchSources;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static final String ACCESS = "SELECT " + MatchSources.access("p", "$2") + " AS access FROM projects p WHERE p.id = $1";
    private static final String READ = "SELECT weights FROM match_weights WHERE project_id = $1";
    private static final String WRITE = """
            INSERT INTO match_weights (project_id, weights, updated_by, updated_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (project_id) DO UPDATE SET weights = $2, updated_by = $3, updated_at = $4""";

    private final Pool database;
    private final ObjectMapper json;

    public ProjectWeights(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
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
            if ("VIEWER".equals(access)) {
                throw ProblemException.forbidden("Setting match weights needs editor access to the project; yours is viewer.");
            }
            JsonObject stored = new JsonObject();
            weights.weights().forEach((factor, weight) -> stored.put(factor.name(), weight));
            return database.preparedQuery(WRITE).execute(Tuple.of(projectId, stored, caller.userId(), OffsetDateTime.now(ZoneOffset.UTC)))
                    .replaceWith(weights);
        });
    }

    private Uni<String> access(Caller caller, UUID projectId) {
        return database.preparedQuery(ACCESS).execute(Tuple.of(projectId, caller.userId())).map(rows -> {
            String access = rows.size() == 0 ? null : rows.iterator().next().getString("access");
            if (access == null) {
                throw ProblemException.notFound("Project not found");
            }
            return access;
        });
    }
}
