package app.slate.matching.api;

import app.slate.identity.reads.Suspensions;
import app.slate.identity.reads.Verifications;
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
import app.slate.matching.talent.TalentFeatures;
import app.slate.payments.reads.Placements;
import app.slate.payments.reads.Placements.Placed;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.Await;
import app.slate.platform.blocking.OffLoop;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * "Suggested talent" for a role: the nearest profiles among those that meet the role's hard
 * requirements (filtered k-NN), reranked by the project's factor weights. Talent the team has
 * declined for this role are not suggested again; shortlisted ones say so.
 */
@ApplicationScoped
public class SuggestedTalent {

    /** What priority placement multiplies a talent's total by, for ranking only. */
    static final double PRIORITY_WEIGHT = 1.1;
    /** Best first: by total (times {@link #PRIORITY_WEIGHT} for priority placement), then by similarity. */
    static final Comparator<TalentMatch> RANKING = Comparator.comparingDouble((TalentMatch m) -> m.total() * (m.priority() ? PRIORITY_WEIGHT : 1))
            .thenComparingDouble(TalentMatch::similarity).reversed();

    private final TeamRoles roles;
    private final ProjectWeights weights;
    private final MatchFeedback feedback;
    private final StoredVectors vectors;
    private final NearestNeighbours search;
    private final MatchIndices indices;
    private final MatchConfig config;
    private final ObjectMapper json;
    private final Placements placements;
    private final Verifications verifications;
    private final Suspensions suspensions;

    public SuggestedTalent(TeamRoles roles, ProjectWeights weights, MatchFeedback feedback, StoredVectors vectors,
                           NearestNeighbours search, MatchIndices indices, MatchConfig config, ObjectMapper json, Placements placements,
                           Verifications verifications, Suspensions suspensions) {
        this.roles = roles;
        this.weights = weights;
        this.feedback = feedback;
        this.vectors = vectors;
        this.search = search;
        this.indices = indices;
        this.config = config;
        this.json = json;
        this.placements = placements;
        this.verifications = verifications;
        this.suspensions = suspensions;
    }

    public Uni<MatchList<TalentMatch>> forRole(Caller caller, UUID roleId, int limit) {
        return roles.require(caller, roleId).map(MatchSources.Role::features).chain(role -> weights.of(UUID.fromString(role.projectId()))
                .chain(w -> feedback.decisions(roleId).chain(decisions -> placements.current()
                        .chain(placed -> OffLoop.call(() -> rank(role, w, decisions, placed, limit))))));
    }

    /** Candidates by k-NN, explained, then ranked ({@link #RANKING}; the total shown stays each talent's own). */
    private MatchList<TalentMatch> rank(RoleFeatures role, MatchWeights w, Map<String, String> decisions, Placed placed, int limit) {
        indices.ensure();
        float[] roleVector = vectors.role(role.roleId(), role.version(), () -> RoleText.of(role)).embedding();
        List<String> declined = decisions.entrySet().stream().filter(e -> "DECLINE".equals(e.getValue())).map(Map.Entry::getKey).toList();
        Set<String> hidden = suspensions.current().await().atMost(Await.LIMIT);
        record Candidate(NearestNeighbours.Hit hit, TalentFeatures talent) {
        }
        List<Candidate> candidates = search.search(indices.talents(), roleVector, config.candidates(),
                        HardFilters.talentFor(role, config.localRadiusKm(), declined)).stream()
                .map(hit -> new Candidate(hit, MatchDocuments.talentFeatures(json, hit.source())))
                .filter(candidate -> !isHidden(hidden, candidate.talent().ownerId())).toList();
        Set<String> verified = verifications.verifiedAmong(candidates.stream().map(c -> c.talent().ownerId()).filter(Objects::nonNull).toList())
                .await().atMost(Await.LIMIT);
        List<TalentMatch> matches = candidates.stream()
                .map(candidate -> {
                    var hit = candidate.hit();
                    TalentFeatures talent = candidate.talent();
                    return TalentMatch.of(hit.id(), hit.source().path("card"), hit.similarity(),
                            Explain.of(talent, hit.source().path("features").path("dreams"), role, roleVector, w, Perspective.CASTING),
                            decisions.get(hit.id()), placed.priority(talent.ownerId()), placed.featured(talent.ownerId()),
                            talent.ownerId() != null && verified.contains(talent.ownerId()));
                })
                .sorted(RANKING)
                .limit(limit).toList();
        return new MatchList<>(matches, w.weights(), indices.talents());
    }

    /** A document indexed before owners were kept has none: it is not hidden. */
    private static boolean isHidden(Set<String> hidden, String ownerId) {
        return ownerId != null && hidden.contains(ownerId);
    }
}
