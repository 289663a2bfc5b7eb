package app.slate.notifications.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.notifications.lifecycle.LifecycleFacts.Facts;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JourneysTest {

    private static final Instant STARTED = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theConfiguredJourneys_load_withTheirSteps() {
        assertThat(Journeys.all()).extracting(Journey::name).containsExactly("welcome", "profile-nudge", "re-engagement");
        assertThat(Journeys.named("profile-nudge").steps()).singleElement()
                .satisfies(step -> assertThat(step.after()).isEqualTo(Duration.ofDays(3)));
        assertThat(Journeys.named("re-engagement").steps().get(0).after()).isEqualTo(Duration.ofDays(60));
    }

    @Test
    void aMisspeltCondition_failsWhenTheJourneysAreRead() {
        assertThatThrownBy(() -> Journeys.load("notifications/lifecycle-misspelt.json")).hasMessageContaining("profile-compelte");
    }

    @Test
    void eachStepIsSkipped_onceItsConditionHolds() {
        assertThat(Condition.allows("profile-complete", new Facts("talent", 85, null), STARTED)).isFalse();
        assertThat(Condition.allows("profile-complete", new Facts("talent", 40, null), STARTED)).isTrue();
        assertThat(Condition.allows("profile-at-least-50", new Facts("talent", null, null), STARTED)).isTrue();
        assertThat(Condition.allows("active-since-start", new Facts("any", null, LocalDate.of(2026, 12, 3)), STARTED)).isFalse();
        assertThat(Condition.allows("active-since-start", new Facts("any", null, LocalDate.of(2026, 12, 2)), STARTED)).isTrue();
        assertThat(Condition.allows(null, new Facts("any", null, null), STARTED)).isTrue();
    }
}
