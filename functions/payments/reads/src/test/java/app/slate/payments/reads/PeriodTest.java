package app.slate.payments.reads;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.payments.reads.Entitlements.Period;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theFreePlan_countsTheCalendarMonth() {
        assertThat(Period.calendarMonth(NOW))
                .isEqualTo(new Period(Instant.parse("2026-12-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z")));
    }

    @Test
    void aSubscription_countsItsOwnPeriod_whileNowIsInIt() {
        Instant start = Instant.parse("2026-11-20T08:30:00Z");
        Instant end = Instant.parse("2026-12-20T08:30:00Z");
        assertThat(Period.of(start, end, NOW)).isEqualTo(new Period(start, end));
    }

    @Test
    void aGrantWithoutEnd_orAPeriodNotYetRenewed_countsWholeMonthsFromItsStart() {
        Instant start = Instant.parse("2026-08-15T00:00:00Z");
        Period expected = new Period(Instant.parse("2026-11-15T00:00:00Z"), Instant.parse("2026-12-15T00:00:00Z"));
        assertThat(Period.of(start, null, NOW)).isEqualTo(expected);
        assertThat(Period.of(start, Instant.parse("2026-09-15T00:00:00Z"), NOW)).isEqualTo(expected);
    }

    @Test
    void limits_nullIsUnlimited() {
        Entitlement free = new Entitlement("a", "free", "Free", 10, 100, 3, false, false, null, NOW, NOW);
        Entitlement paid = new Entitlement("a", "pro", "Pro", null, 100, null, true, true, "ACTIVE", NOW, NOW);
        assertThat(free.allowsAnotherSubmission(9)).isTrue();
        assertThat(free.allowsAnotherSubmission(10)).isFalse();
        assertThat(free.allowsAnotherOpenRole(3)).isFalse();
        assertThat(paid.allowsAnotherSubmission(1_000_000)).isTrue();
        assertThat(paid.allowsAnotherOpenRole(500)).isTrue();
        assertThat(free.holds(100)).isTrue();
        assertThat(free.holds(101)).isFalse();
    }
}
