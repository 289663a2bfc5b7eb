package app.slate.matching.index;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "slate.matching")
public interface MatchConfig {

    /** Base names of the match indices; the embedding model's key is appended (see {@link MatchIndices}). */
    @WithDefault("talent-matches")
    String talentIndex();

    @WithDefault("role-matches")
    String roleIndex();

    /** How many nearest neighbours the filtered k-NN query returns for the factors to rerank. */
    @WithDefault("100")
    int candidates();

    /** How many ranked matches an answer holds at most. */
    @WithDefault("20")
    int limit();

    /** The matching queue, where reindex pages go. */
    Optional<String> queueUrl();

    /** Talent who will not travel match a role within this distance of where they live (or in the same city). */
    @WithDefault("50")
    int localRadiusKm();
}
