package app.slate.talent.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.talent.search.TalentRanking.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TalentRankingTest {

    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void searchingText_saysWhereTheWordsAre_howCloseTheMeaning_andEachMultiplier() {
        TalentDocument talent = talent(NOW.plusSeconds(86_400), LocalDate.of(2026, 11, 20));
        List<Reason> reasons = TalentRanking.reasons(talent, true, List.of("bio", "meaning", "credits"), 0.5234, true, NOW);
        assertThat(reasons).extracting(Reason::kind).containsExactly("KEYWORDS", "MEANING", "PRIORITY_PLACEMENT", "VERIFIED", "RECENTLY_ACTIVE");
        assertThat(reasons.get(0).detail()).isEqualTo("Your words appear in their bio, credits");
        assertThat(reasons.get(1).detail()).contains("0.52");
        assertThat(reasons.get(3).detail()).contains("x1.2");
    }

    @Test
    void aMatchByMeaningAlone_hasNoKeywordReason() {
        List<Reason> reasons = TalentRanking.reasons(talent(null, null), true, List.of("meaning"), 0.41, false, NOW);
        assertThat(reasons).extracting(Reason::kind).containsExactly("MEANING");
    }

    @Test
    void browsing_startsFromCompleteness_andAnExpiredVerificationOrOldActivityCountsForNothing() {
        TalentDocument lapsed = talent(NOW.minusSeconds(1), LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(TalentRanking.ACTIVE_DAYS + 1));
        assertThat(TalentRanking.reasons(lapsed, false, List.of(), null, false, NOW)).extracting(Reason::kind).containsExactly("COMPLETENESS");
        TalentDocument edge = talent(null, LocalDate.ofInstant(NOW, ZoneOffset.UTC).minusDays(TalentRanking.ACTIVE_DAYS));
        assertThat(TalentRanking.reasons(edge, false, List.of(), null, false, NOW)).extracting(Reason::kind)
                .containsExactly("COMPLETENESS", "RECENTLY_ACTIVE");
    }

    @Test
    void theNearestInMeaningEarnsTheWholeWeight_othersInProportionAboveTheFloor() {
        assertThat(TalentRanking.share(0.36, 0.36, 0.2)).isEqualTo(1.0);
        assertThat(TalentRanking.share(0.28, 0.36, 0.2)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(TalentRanking.share(0.2, 0.36, 0.2)).isEqualTo(0.01);
        assertThat(TalentRanking.share(0.2, 0.2, 0.2)).isEqualTo(1.0);
    }

    private static TalentDocument talent(Instant verifiedUntil, LocalDate activeOn) {
        return new TalentDocument("p1", 1, "owner", "Maya Hart", null, 25, 35, "FEMALE", 168, null, null, null, null, "London", null, "GB",
                null, false, List.of("en"), List.of(), List.of(), List.of(), "MEMBER", List.of(), List.of(), List.of(), "bio", "", null, 80,
                NOW, verifiedUntil, activeOn);
    }
}
