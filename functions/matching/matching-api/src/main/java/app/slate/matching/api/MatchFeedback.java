package app.slate.matching.api;

import app.slate.matching.index.MatchIndices;
import app.slate.matching.role.RoleFeatures;
import app.slate.matching.role.RoleText;
import app.slate.matching.score.Explanation;
import app.slate.matching.score.MatchWeights;
import app.slate.matching.score.Perspective;
import app.slate.matching.source.MatchSources;
import app.slate.matching.talent.ProfileText;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.ai.embedding.Similarity;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Casting's decisions on suggested talent, kept with the factor scores and weights the
 * suggestion was shown with, so that the weights can later be tuned against what casting
 * actually shortlists. One decision per talent and role; a new one replaces it.
 */
@ApplicationScoped
public class MatchFeedback {

    private static final String DECISIONS = "SELECT profile_id, decision FROM match_feedback WHERE role_id = $1";
    private static final String RECORD = """
            INSERT INTO match_feedback (role_id, profile_id, decision, note, total, similarity, factors, decided_by, decided_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            ON CONFLICT (role_id, profile_id) DO UPDATE SET decision = $3, note = $4, total = $5, similarity = $6,
                factors = $7, decided_by = $8, decided_at = $9""";

    private final Pool database;
    private final TeamRoles roles;
    private final ProjectWeights weights;
    private final StoredVectors vectors;
    private final MatchSources sources;
    private final MatchIndices indices;
    private final ObjectMapper json;

    public MatchFeedback(Pool database, TeamRoles roles, ProjectWeights weights, StoredVectors vectors, MatchSources sources,
                         MatchIndices indices, ObjectMapper json) {
        this.database = database;
        this.roles = roles;
        this.weights = weights;
        this.vectors = vectors;
        this.sources = sources;
        this.indices = indices;
        this.json = json;
    }

    /** Profile id to decision, for one role. */
    public Uni<Map<String, String>> decisions(UUID roleId) {
        return database.preparedQuery(DECISIONS).execute(Tuple.of(roleId)).map(rows -> {
            Map<String, String> decisions = new HashMap<>();
            rows.forEach(r -> decisions.put(r.getUUID("profile_id").toString(), r.getString("decision")));
            return decisions;
        });
    }

    public Uni<FeedbackView> record(Caller caller, UUID roleId, UUID profileId, FeedbackRequest request) {
        return roles.require(caller, roleId).chain(role -> weights.of(UUID.fromString(role.features().projectId()))
                .chain(w -> sources.profile(profileId).chain(profile -> {
                    if (profile == null || !profile.published()) {
                        throw ProblemException.notFound("Talent profile not found");
                    }
                    return OffLoop.call(() -> explain(role.features(), profile.features(), w));
                }))
                .map(scored -> new FeedbackView(roleId, profileId, request.decision(), request.note(), scored.explained().total(),
                        scored.similarity(), scored.explained().factors(), Instant.now()))
                .chain(view -> database.preparedQuery(RECORD).execute(Tuple.from(new Object[] {
                        roleId, profileId, view.decision().name(), view.note(), BigDecimal.valueOf(view.total()),
                        BigDecimal.valueOf(view.similarity()), new JsonObject().put("items", new JsonArray(json.convertValue(view.factors(), List.class))),
                        caller.userId(), view.decidedAt().atOffset(ZoneOffset.UTC)})).replaceWith(view)));
    }

    private record Scored(Explanation explained, double similarity) {
    }

    /** The suggestion as the team saw it: from the profile as it is now, with the vectors the worker stored when current. */
    private Scored explain(RoleFeatures role, TalentFeatures talent, MatchWeights w) {
        indices.ensure();
        float[] roleVector = vectors.role(role.roleId(), role.version(), () -> RoleText.of(role)).embedding();
        StoredVectors.Vectors own = vectors.talent(talent.profileId(), talent.version(), () -> ProfileText.of(talent));
        JsonNode dreams = vectors.dreams(talent, own);
        double similarity = Similarity.cosine(own.embedding(), roleVector);
        return new Scored(Explain.of(talent, dreams, role, roleVector, w, Perspective.CASTING), Math.round(similarity * 1000) / 1000.0);
    }
}
