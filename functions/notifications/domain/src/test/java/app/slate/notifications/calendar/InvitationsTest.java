package app.slate.notifications.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** Invitations read back by a calendar parser: the right instant in any zone, the UID kept, the sequence raised. */
class InvitationsTest {

    private static final Instant STARTS = Instant.parse("2026-12-10T14:30:00Z");
    private static final UUID SUBMISSION = UUID.fromString("5b1f8a52-8d7e-4b8e-9a1c-2f6d3e4a5b6c");

    @Test
    void anEmailedInvitation_parsesBackToTheSameInstant_inTheReadersZone() throws Exception {
        Calendar calendar = parse(Invitations.emailed(booked(), ZoneId.of("Asia/Riyadh"),
                new Invitations.Addressed("no-reply@mail.slate.example", "layla@example.sa")));
        VEvent event = calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();

        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(CalendarEntry.uid(SUBMISSION, 2));
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getValue()).isEqualTo("20261210T173000");
        assertThat(event.getProperty(Property.DTSTART).orElseThrow().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Asia/Riyadh");
        Temporal start = event.getDateTimeStart().getDate();
        assertThat(ZonedDateTime.from(start).toInstant()).isEqualTo(STARTS);
        assertThat(ZonedDateTime.from(event.getDateTimeEnd().getDate()).toInstant()).isEqualTo(STARTS.plusSeconds(20 * 60));
        assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
        assertThat(event.getProperty(Property.ATTENDEE).orElseThrow().getValue()).isEqualTo("mailto:layla@example.sa");
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo("Spotlight Studios, 7 Leicester Place, London WC2H 7BP");
    }

    @Test
    void aMoveKeepsTheUidAndRaisesTheSequence_andACancellationIsACancel() throws Exception {
        CalendarEntry booked = CalendarEntry.apply(null, booked()).entry();
        CalendarEntry moved = CalendarEntry.apply(booked, change(STARTS.plusSeconds(3600), false, Instant.parse("2026-12-02T11:00:00Z"))).entry();
        CalendarEntry cancelled = CalendarEntry.apply(moved, change(STARTS.plusSeconds(3600), true, Instant.parse("2026-12-02T12:00:00Z"))).entry();

        VEvent update = event(parse(Invitations.published(moved, ZoneId.of("Europe/London"))));
        assertThat(update.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(booked.uid());
        assertThat(update.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(ZonedDateTime.from(update.getDateTimeStart().getDate()).toInstant()).isEqualTo(STARTS.plusSeconds(3600));

        Calendar cancel = parse(Invitations.emailed(cancelled, ZoneId.of("Europe/London"), new Invitations.Addressed("a@b.example", "c@d.example")));
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(event(cancel).getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        assertThat(event(cancel).getProperty(Property.STATUS).orElseThrow().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aZoneTheRegistryDoesNotKnow_isWrittenInUtc() throws Exception {
        VEvent event = event(parse(Invitations.published(booked(), ZoneId.of("UTC"))));
        assertThat(ZonedDateTime.from(event.getDateTimeStart().getDate()).toInstant()).isEqualTo(STARTS);
    }

    private static CalendarEntry booked() {
        return new CalendarEntry(CalendarEntry.uid(SUBMISSION, 2), 0, false, STARTS, 20, "Callback: Maya Hart (The Glass Orchard)",
                "Spotlight Studios, 7 Leicester Place, London WC2H 7BP", "https://app.slate.example/submissions/" + SUBMISSION,
                List.of("talent"), Instant.parse("2026-12-02T10:00:00Z"), UUID.randomUUID());
    }

    private static CalendarEntry change(Instant startsAt, boolean cancelled, Instant at) {
        CalendarEntry booked = booked();
        return new CalendarEntry(booked.uid(), 0, cancelled, startsAt, 20, booked.summary(), booked.location(), booked.url(),
                List.of("talent"), at, UUID.randomUUID());
    }

    private static VEvent event(Calendar calendar) {
        return calendar.getComponent("VEVENT").map(VEvent.class::cast).orElseThrow();
    }

    private static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }
}
