package app.slate.notifications.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.notifications.calendar.CalendarEntry.Change;
import app.slate.notifications.calendar.CalendarEntry.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CalendarEntryTest {

    private static final Instant T0 = Instant.parse("2026-12-02T10:00:00Z");
    private static final Instant STARTS = Instant.parse("2026-12-10T14:30:00Z");

    @Test
    void aBookingStartsAtSequenceZero_aMoveRaisesIt_andACancellationRaisesItAgain() {
        Outcome booked = CalendarEntry.apply(null, entry(STARTS, false, T0, "talent"));
        Outcome moved = CalendarEntry.apply(booked.entry(), entry(STARTS.plusSeconds(3600), false, T0.plusSeconds(60), "director"));
        Outcome cancelled = CalendarEntry.apply(moved.entry(), entry(STARTS.plusSeconds(3600), true, T0.plusSeconds(120), "talent"));

        assertThat(booked.change()).isEqualTo(Change.BOOKED);
        assertThat(booked.entry().sequence()).isZero();
        assertThat(moved.change()).isEqualTo(Change.MOVED);
        assertThat(moved.entry().sequence()).isEqualTo(1);
        assertThat(moved.entry().attendees()).containsExactly("talent", "director");
        assertThat(cancelled.change()).isEqualTo(Change.CANCELLED);
        assertThat(cancelled.entry().sequence()).isEqualTo(2);
    }

    @Test
    void theSameEventTwice_changesNothing() {
        CalendarEntry first = entry(STARTS, false, T0, "talent");
        CalendarEntry booked = CalendarEntry.apply(null, first).entry();
        Outcome again = CalendarEntry.apply(booked, first);

        assertThat(again.entry()).isEqualTo(booked);
        assertThat(again.change()).isEqualTo(Change.BOOKED);
    }

    @Test
    void aChangeOvertakenByALaterOne_isStale() {
        CalendarEntry later = CalendarEntry.apply(null, entry(STARTS.plusSeconds(3600), false, T0.plusSeconds(60), "talent")).entry();
        assertThat(CalendarEntry.apply(later, entry(STARTS, false, T0, "talent")).change()).isEqualTo(Change.STALE);
    }

    @Test
    void aBookingAfterACancellation_isBookedAgain() {
        CalendarEntry cancelled = CalendarEntry.apply(null, entry(STARTS, true, T0, "talent")).entry();
        Outcome rebooked = CalendarEntry.apply(cancelled, entry(STARTS, false, T0.plusSeconds(60), "talent"));
        assertThat(rebooked.change()).isEqualTo(Change.BOOKED);
        assertThat(rebooked.entry().sequence()).isEqualTo(1);
    }

    private static CalendarEntry entry(Instant startsAt, boolean cancelled, Instant at, String attendee) {
        return new CalendarEntry("audition-x-1@slate", 0, cancelled, startsAt, 20, "Audition: Maya Hart (P)", null, null,
                List.of(attendee), at, UUID.randomUUID());
    }
}
