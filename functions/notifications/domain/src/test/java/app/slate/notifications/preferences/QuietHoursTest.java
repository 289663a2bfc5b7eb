package app.slate.notifications.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId RIYADH = ZoneId.of("Asia/Riyadh");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Test
    void lateEveningWaitsForTomorrowMorningInThePersonsZone() {
        // 20:30 UTC is 23:30 in Riyadh (UTC+3): held until 08:00 there, 05:00 UTC the next day.
        assertThat(QuietHours.DEFAULT.holdUntil(Instant.parse("2026-12-02T20:30:00Z"), RIYADH))
                .contains(Instant.parse("2026-12-03T05:00:00Z"));
    }

    @Test
    void theSameInstantIsDaytimeElsewhere() {
        // 20:30 UTC is 12:30 in Los Angeles: it goes now.
        assertThat(QuietHours.DEFAULT.holdUntil(Instant.parse("2026-12-02T20:30:00Z"), LOS_ANGELES)).isEmpty();
    }

    @Test
    void earlyMorningWaitsUntilTheEndOfTheSameNight() {
        // 02:00 UTC is 05:00 in Riyadh: held until 08:00 the same day.
        assertThat(QuietHours.DEFAULT.holdUntil(Instant.parse("2026-12-03T02:00:00Z"), RIYADH))
                .contains(Instant.parse("2026-12-03T05:00:00Z"));
    }

    @Test
    void theEdgesAreQuietFromAndFreeAtUntil() {
        assertThat(QuietHours.DEFAULT.holdUntil(Instant.parse("2026-12-02T18:00:00Z"), RIYADH)).isPresent(); // 21:00
        assertThat(QuietHours.DEFAULT.holdUntil(Instant.parse("2026-12-02T17:59:59Z"), RIYADH)).isEmpty(); // 20:59:59
        assertThat(QuietHours.DEFAULT.holdUntil(Instant.parse("2026-12-03T05:00:00Z"), RIYADH)).isEmpty(); // 08:00
    }

    @Test
    void hoursWithinOneDayAreQuietOnlyBetweenThem() {
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(afternoon.holdUntil(Instant.parse("2026-12-02T14:00:00Z"), ZoneId.of("UTC")))
                .contains(Instant.parse("2026-12-02T15:00:00Z"));
        assertThat(afternoon.holdUntil(Instant.parse("2026-12-02T16:00:00Z"), ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void equalTimesMeanNoQuietHours() {
        QuietHours none = new QuietHours(LocalTime.of(8, 0), LocalTime.of(8, 0));
        assertThat(none.holdUntil(Instant.parse("2026-12-02T23:00:00Z"), ZoneId.of("UTC"))).isEmpty();
    }

    @Test
    void aNightWithAClockChangeEndsAtTheLocalMorning() {
        // London goes from GMT to BST on 2026-03-29 at 01:00: 08:00 that morning is 07:00 UTC.
        assertThat(QuietHours.DEFAULT.holdUntil(Instant.parse("2026-03-28T23:00:00Z"), ZoneId.of("Europe/London")))
                .contains(Instant.parse("2026-03-29T07:00:00Z"));
    }
}
