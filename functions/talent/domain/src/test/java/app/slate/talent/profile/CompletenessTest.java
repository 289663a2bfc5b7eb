package app.slate.talent.profile;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Fixtures;
import app.slate.talent.portfolio.PortfolioItem;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompletenessTest {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void minimalProfile_scoresNothing_andNamesEverythingMissing() throws Exception {
        Completeness completeness = Completeness.of(details("minimal"), List.of());

        assertThat(completeness.score()).isZero();
        assertThat(completeness.missing()).containsExactly("primaryHeadshot", "bio", "appearance", "languages", "skills",
                "notableWorks", "reel", "experience", "location.coordinates", "availability", "representation", "links");
    }

    @Test
    void completeProfileWithPrimaryHeadshotAndReel_scoresFull() throws Exception {
        Completeness completeness = Completeness.of(details("complete"), List.of(item(PortfolioItem.Kind.HEADSHOT, true),
                item(PortfolioItem.Kind.REEL, false)));

        assertThat(completeness.score()).isEqualTo(100);
        assertThat(completeness.missing()).isEmpty();
    }

    @Test
    void headshotThatIsNotPrimary_doesNotCount() throws Exception {
        assertThat(Completeness.of(details("complete"), List.of(item(PortfolioItem.Kind.HEADSHOT, false))).missing())
                .contains("primaryHeadshot");
    }

    static ProfileDetails details(String fixture) throws Exception {
        return JSON.treeToValue(Fixtures.profile(fixture), ProfileDetails.class);
    }

    private static PortfolioItem item(PortfolioItem.Kind kind, boolean primary) {
        PortfolioItem item = new PortfolioItem();
        item.kind = kind;
        item.primary = primary;
        return item;
    }
}
