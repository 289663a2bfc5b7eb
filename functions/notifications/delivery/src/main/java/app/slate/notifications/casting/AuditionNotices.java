package app.slate.notifications.casting;

import app.slate.notifications.calendar.AuditionCalendar;
import app.slate.notifications.calendar.CalendarEntry;
import app.slate.notifications.calendar.CalendarEntry.Change;
import app.slate.notifications.calendar.CalendarEntry.Outcome;
import app.slate.notifications.email.EmailConfig;
import app.slate.notifications.reminders.Reminders;
import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * An audition booked, moved or cancelled: the calendar entry changes (same UID, next sequence),
 * the people told get an email with the updated invitation, and the reminders follow the booking.
 * A move arrives as a booking of the new slot; one overtaken by a later change is left alone.
 */
@ApplicationScoped
public class AuditionNotices {

    private final AuditionCalendar calendar;
    private final CastingMessages emails;
    private final Reminders reminders;
    private final EmailConfig links;

    public AuditionNotices(AuditionCalendar calendar, CastingMessages emails, Reminders reminders, EmailConfig links) {
        this.calendar = calendar;
        this.emails = emails;
        this.reminders = reminders;
        this.links = links;
    }

    public void changed(EventEnvelope event, AuditionChanged audition, boolean cancelled) {
        Instant now = Instant.now();
        Outcome outcome = calendar.apply(entry(event, audition, cancelled));
        if (outcome.change() == Change.STALE) {
            return;
        }
        emails.audition(event, audition, outcome, now);
        if (outcome.entry().cancelled()) {
            reminders.auditionCancelled(outcome.entry().uid());
        } else {
            reminders.auditionBooked(outcome.entry().uid(), audition, now);
        }
    }

    private CalendarEntry entry(EventEnvelope event, AuditionChanged audition, boolean cancelled) {
        boolean online = "VIRTUAL".equals(audition.mode());
        String summary = (audition.round() > 1 ? "Callback: " : "Audition: ") + audition.roleName() + " (" + audition.projectTitle() + ")";
        String location = online ? (audition.meetingUrl() == null ? "Online" : audition.meetingUrl()) : audition.location();
        String url = online && audition.meetingUrl() != null ? audition.meetingUrl() : links.link("/submissions/" + audition.submissionId());
        return new CalendarEntry(CalendarEntry.uid(audition.submissionId(), audition.round()), 0, cancelled, audition.startsAt(),
                audition.durationMinutes() > 0 ? audition.durationMinutes() : 30, summary, location, url,
                audition.attendees() == null ? audition.recipients() : audition.attendees(), event.occurredAt(), event.id());
    }
}
