package app.slate.notifications.reminders;

import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.casting.CastingMessages.Cause;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.CastingEvents.SelfTapeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reminders a day and two hours before an audition or a self-tape deadline. Each is a row in the
 * schedule under a key of its booking (or request) and lead time: a booking that moves moves its
 * reminders, a cancellation or an answered request cancels them, and a lead time already past when
 * the booking is made is skipped. The reminder's own id is its delivery's cause, so a sweep that
 * dies after sending does not send it twice.
 */
@ApplicationScoped
public class Reminders {

    static final List<Duration> BEFORE = List.of(Duration.ofHours(24), Duration.ofHours(2));

    /** What a reminder is about, as it waits: one of the two. */
    public record Reminder(AuditionChanged audition, SelfTapeRequested selfTape) {
    }

    private final Schedule schedule;
    private final CastingMessages emails;

    public Reminders(Schedule schedule, CastingMessages emails) {
        this.schedule = schedule;
        this.emails = emails;
    }

    /** {@code booking} is the audition's calendar UID, which stays when it moves. */
    public void auditionBooked(String booking, AuditionChanged audition, Instant now) {
        plan(booking, audition.startsAt(), new Reminder(audition, null), now);
    }

    public void auditionCancelled(String booking) {
        cancel(booking);
    }

    public void selfTapeRequested(SelfTapeRequested request, Instant now) {
        plan(selfTape(request.selfTapeId()), request.deadline(), new Reminder(null, request), now);
    }

    public void selfTapeAnswered(UUID selfTapeId) {
        cancel(selfTape(selfTapeId));
    }

    /** A reminder whose time came. */
    public void send(Due due, Instant now) {
        Reminder reminder = schedule.payload(due, Reminder.class);
        Cause cause = new Cause(due.id(), "notifications.reminder");
        if (reminder.audition() != null) {
            emails.auditionReminder(cause, reminder.audition(), now);
        } else {
            emails.selfTapeReminder(cause, reminder.selfTape(), now);
        }
    }

    private void plan(String subject, Instant moment, Reminder reminder, Instant now) {
        for (Duration lead : BEFORE) {
            Instant due = moment.minus(lead);
            if (due.isAfter(now)) {
                schedule.plan(Waiting.REMINDER, key(subject, lead), due, reminder);
            } else {
                schedule.cancel(key(subject, lead));
            }
        }
    }

    private void cancel(String subject) {
        BEFORE.forEach(lead -> schedule.cancel(key(subject, lead)));
    }

    private static String selfTape(UUID selfTapeId) {
        return "self-tape-" + selfTapeId;
    }

    private static String key(String subject, Duration lead) {
        return "reminder:" + subject + ":" + lead.toHours() + "h";
    }
}
