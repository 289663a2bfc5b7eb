package app.slate.payments.moyasar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DunningTest {

    private static final Instant FAILED = Instant.parse("2026-12-31T10:00:00Z");

    @Test
    void aFailedRenewal_isRetriedAfterOneTwoAndFourDays_thenGivenUp() {
        assertThat(Dunning.nextAttempt(1, FAILED)).contains(FAILED.plus(Duration.ofDays(1)));
        assertThat(Dunning.nextAttempt(2, FAILED)).contains(FAILED.plus(Duration.ofDays(2)));
        assertThat(Dunning.nextAttempt(3, FAILED)).contains(FAILED.plus(Duration.ofDays(4)));
        assertThat(Dunning.nextAttempt(4, FAILED)).isEmpty();
        assertThat(Dunning.ATTEMPTS).isEqualTo(4);
    }

    @Test
    void aPeriodIsACalendarMonth_endingOnTheLastDayOfShortMonths() {
        assertThat(Dunning.periodEnd(Instant.parse("2026-01-31T08:30:00Z"))).isEqualTo(Instant.parse("2026-02-28T08:30:00Z"));
        assertThat(Dunning.periodEnd(Instant.parse("2026-11-15T23:59:59Z"))).isEqualTo(Instant.parse("2026-12-15T23:59:59Z"));
    }
}
