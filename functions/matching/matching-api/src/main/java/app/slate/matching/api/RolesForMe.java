package app.slate.matching.api;

import app.slate.matching.index.HardFilters;
import app.slate.matching.index.MatchConfig;
import app.slate.matching.index.MatchDocuments;
import app.slate.matching.index.MatchIndices;
import app.slate.matching.index.NearestNeighbours;
import app.slate.matching.role.RoleFeatures;
import app.slate.matching.score.MatchWeights;
import app.slate.matching.score.Perspective;
import app.slate.matching.source.MatchSources;
import app.slate.matching.talent.ProfileText;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * "Roles for me": listed roles whose hard requirements the talent's own profile meets, nearest
 * first, reranked by the talent-side weights (pay and dream roles count more) and explained in
 * the talent's terms. Works for an unpublished profile too: it is the talent's own view.
 */
@ApplicationScoped
public class RolesForMe {

    private static final MatchWeights WEIGHTS = MatchWeights.defaults(Perspective.TALENT);

    private final MatchSources sources;
    private final StoredVectors vectors;
    private final NearestNeighbours search;
    private final MatchIndices indices;
    private final MatchConfig config;
    private final ObjectMapper json;

    public RolesForMe(MatchSources sources, StoredVectors vectors, NearestNeighbours search, MatchIndices indices,
                      MatchConfig config, ObjectMapper json) {
        this.sources = sources;
        this.vectors = vectors;
        this.search = search;
        this.indices = indices;
        this.config = config;
        this.json = json;
    }

    public Uni<MatchList<RoleMatch>> forTalent(Caller caller, int limit) {
        return sources.profileOfOwner(caller.userId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("profile-required",
                        "Roles for you are matched against your talent profile; create it with POST /talents/me first."))
                .chain(profile -> OffLoop.call(() -> rank(profile.features(), limit)));
    }

    private MatchList<RoleMatch> rank(TalentFeatures talent, int limit) {
        indices.ensure();
        StoredVectors.Vectors own = vectors.talent(talent.profileId(), talent.version(), () -> ProfileText.of(talent));
        JsonNode dreams = vectors.dreams(talent, own);
        List<RoleMatch> matches = search.search(indices.roles(), own.embedding(), config.candidates(),
                        HardFilters.rolesFor(talent, config.localRadiusKm(), Instant.now()), dreams != null).stream()
                .map(hit -> {
                    RoleFeatures role = MatchDocuments.roleFeatures(json, hit.source());
                    // Only the dream-role factor needs the role's vector, and only when the talent named dream roles.
                    float[] roleVector = dreams == null ? null : MatchDocuments.vector(hit.source().path("embedding"));
                    return RoleMatch.of(hit.id(), role.projectId(), hit.source().path("card"), hit.similarity(),
                            Explain.of(talent, dreams, role, roleVector, WEIGHTS, Perspective.TALENT));
                })
                .sorted(Comparator.comparingDouble(RoleMatch::total).thenComparingDouble(RoleMatch::similarity).reversed())
                .limit(limit).toList();
        return new MatchList<>(matches, WEIGHTS.weights(), indices.roles());
    }
}
