package app.slate.talent.search;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.talent.profile.Experience;
import org.junit.jupiter.api.Test;

/** The documented thresholds, the higher of years and productions deciding, and no level for nothing stated. */
class ExperienceLevelTest {

    @Test
    void theHigherOfYearsAndProductionsDecides() {
        assertThat(ExperienceLevel.of(new Experience(0, 0, null))).isEqualTo(ExperienceLevel.NEW);
        assertThat(ExperienceLevel.of(new Experience(1, 2, null))).isEqualTo(ExperienceLevel.NEW);
        assertThat(ExperienceLevel.of(new Experience(2, 0, null))).isEqualTo(ExperienceLevel.EMERGING);
        assertThat(ExperienceLevel.of(new Experience(null, 3, null))).isEqualTo(ExperienceLevel.EMERGING);
        assertThat(ExperienceLevel.of(new Experience(1, 15, null))).isEqualTo(ExperienceLevel.EXPERIENCED);
        assertThat(ExperienceLevel.of(new Experience(5, null, null))).isEqualTo(ExperienceLevel.EXPERIENCED);
        assertThat(ExperienceLevel.of(new Experience(15, 1, null))).isEqualTo(ExperienceLevel.VETERAN);
        assertThat(ExperienceLevel.of(new Experience(3, 50, null))).isEqualTo(ExperienceLevel.VETERAN);
    }

    @Test
    void nothingStated_isNoLevel() {
        assertThat(ExperienceLevel.of(null)).isNull();
        assertThat(ExperienceLevel.of(new Experience(null, null, "Drama school"))).isNull();
    }
}
