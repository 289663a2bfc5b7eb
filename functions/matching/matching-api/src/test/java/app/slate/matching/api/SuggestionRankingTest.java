package app.slate.matching.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SuggestionRankingTest {

    @Test
    void priorityPlacement_liftsATalentWithinATenthOfTheBest_notFurther() {
        TalentMatch best = match("best", 0.80, 0.60, false);
        TalentMatch close = match("close", 0.75, 0.50, true);
        TalentMatch far = match("far", 0.70, 0.90, true);
        TalentMatch tie = match("tie", 0.70, 0.95, false);
        List<String> ranked = Stream.of(tie, far, best, close).sorted(SuggestedTalent.RANKING).map(TalentMatch::profileId).toList();
        assertThat(ranked).containsExactly("close", "best", "far", "tie");
    }

    @Test
    void withoutPlacement_totalThenSimilarityDecide() {
        List<String> ranked = Stream.of(match("a", 0.5, 0.2, false), match("b", 0.5, 0.9, false), match("c", 0.6, 0.1, false))
                .sorted(SuggestedTalent.RANKING).map(TalentMatch::profileId).toList();
        assertThat(ranked).containsExactly("c", "b", "a");
    }

    private static TalentMatch match(String id, double total, double similarity, boolean priority) {
        return new TalentMatch(id, id, "Leeds", null, "GB", 20, 40, "FEMALE", "NON_UNION", false, List.of("en"), null, similarity, total,
                List.of(), null, priority, priority, false);
    }
}
