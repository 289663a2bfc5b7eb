package app.slate.matching.api;

import app.slate.matching.index.HardFilters;
import app.slate.matching.index.MatchConfig;
import app.slate.matching.index.MatchDocuments;
import app.slate.matching.index.MatchIndices;
import app.slate.matching.index.NearestNeighbours;
import app.slate.matching.role.RoleFeatures;
import app.slate.matching.role.RoleText;
import app.slate.matching.score.MatchWeights;
import app.slate.matching.score.Perspective;
import app.slate.matching.source.MatchSources;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * "Suggested talent" for a role: the nearest profiles among those that meet the role's hard
 * requirements (filtered k-NN), reranked by the project's factor weights. Talent the team has
 * declined for this role are not suggested again; shortlisted ones say so.
 */
@ApplicationScoped
public class SuggestedTalent {

    private final TeamRoles roles;
    private final ProjectWeights weights;
    private final MatchFeedback feedback;
    private final StoredVectors vectors;
    private final NearestNeighbours search;
    private final MatchIndices indices;
    private final MatchConfig config;
    private final ObjectMapper json;

    public SuggestedTalent(TeamRoles roles, ProjectWeights weights, MatchFeedback feedback, StoredVectors vectors,
                           NearestNeighbours search, MatchIndices indices, MatchConfig config, ObjectMapper json) {
        this.roles = roles;
        this.weights = weights;
        this.feedback = feedback;
        this.vectors = vectors;
        this.search = search;
        this.indices = indices;
        this.config = config;
        this.json = json;
    }

    public Uni<MatchList<TalentMatch>> forRole(Caller caller, UUID roleId, int limit) {
        return roles.require(caller, roleId).map(MatchSources.Role::features).chain(role -> weights.of(UUID.fromString(role.projectId()))
                .chain(w -> feedback.decisions(roleId).chain(decisions -> OffLoop.call(() -> rank(role, w, decisions, limit)))));
    }

    private MatchList<TalentMatch> rank(RoleFeatures role, MatchWeights w, Map<String, String> decisions, int limit) {
        indices.ensure();
        float[] roleVector = vectors.role(role.roleId(), role.version(), () -> RoleText.of(role)).embedding();
        List<String> declined = decisions.entrySet().stream().filter(e -> "DECLINE".equals(e.getValue())).map(Map.Entry::getKey).toList();
        List<TalentMatch> matches = search.search(indices.talents(), roleVector, config.candidates(),
                        HardFilters.talentFor(role, config.localRadiusKm(), declined)).stream()
                .map(hit -> TalentMatch.of(hit.id(), hit.source().path("card"), hit.similarity(),
                        Explain.of(MatchDocuments.talentFeatures(json, hit.source()), hit.source().path("features").path("dreams"), role, roleVector, w, Perspective.CASTING),
                        decisions.get(hit.id())))
                .sorted(Comparator.comparingDouble(TalentMatch::total).thenComparingDouble(TalentMatch::similarity).reversed())
                .limit(limit).toList();
        return new MatchList<>(matches, w.weights(), indices.talents());
    }
}
