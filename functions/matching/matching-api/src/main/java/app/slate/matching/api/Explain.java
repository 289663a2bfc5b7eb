package app.slate.matching.api;

import app.slate.matching.index.MatchDocuments;
import app.slate.matching.role.RoleFeatures;
import app.slate.matching.score.Explanation;
import app.slate.matching.score.Factors;
import app.slate.matching.score.MatchWeights;
import app.slate.matching.score.Perspective;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.ai.embedding.Similarity;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The nine factors of one talent and one role, weighted and worded for one side. */
final class Explain {

    private Explain() {
    }

    /** {@code dreams} is the stored dream-role vector (missing when none were named). */
    static Explanation of(TalentFeatures talent, JsonNode dreams, RoleFeatures role, float[] roleVector,
                          MatchWeights weights, Perspective perspective) {
        Double dreamSimilarity = dreams != null && dreams.isArray() && !dreams.isEmpty()
                ? Similarity.cosine(MatchDocuments.vector(dreams), roleVector) : null;
        return Explanation.of(Factors.all(talent, role, dreamSimilarity, LocalDate.now(ZoneOffset.UTC)), weights, perspective);
    }
}
