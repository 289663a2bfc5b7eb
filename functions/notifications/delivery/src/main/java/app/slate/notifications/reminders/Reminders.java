package app.slate.notifications.reminders;

import app.slate.notifications.casting.CastingMessages;
import app.slate.notifications.casting.CastingMessages.Cause;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.CastingEvents.RoleInvited;
import app.slate.platform.events.CastingEvents.SelfTapeRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Reminders a day and two hours before an audition or a self-tape deadline, and two days before
 * a role closes to talent invited to it who have not submitted. Each is a row in the
 * schedule under a key of its booking (or request) and lead time: a booking that moves moves its
 * reminders, a cancellation or an answered request cancels them, and a lead time already past when
 * the booking is made is skipped. The reminder's own id is its delivery's cause, so a sweep that
 * dies after sending does not send it twice.
 */
@ApplicationScoped
public class Reminders {

    static final List<Duration> BEFORE = List.of(Duration.ofHours(24), Duration.ofHours(2));

    /** Talent invited to a role hear two days before it closes, unless they have submitted. */
    static final Duration ROLE_CLOSING = Duration.ofHours(48);

    /** What a reminder is about, as it waits: one of the three. */
    public record Reminder(AuditionChanged audition, SelfTapeRequested selfTape, RoleInvited role) {
    }

    private final Schedule schedule;
    private final CastingMessages emails;

    public Reminders(Schedule schedule, CastingMessages emails) {
        this.schedule = schedule;
        this.emails = emails;
    }

    /** {@code booking} is the audition's calendar UID, which stays when it moves. */
    public void auditionBooked(String booking, AuditionChanged audition, Instant now) {
        plan(booking, audition.startsAt(), new Reminder(audition, null, null), now);
    }

    public void auditionCancelled(String booking) {
        cancel(booking);
    }

    public void selfTapeRequested(SelfTapeRequested request, Instant now) {
        plan(selfTape(request.selfTapeId()), request.deadline(), new Reminder(null, request, null), now);
    }

    public void selfTapeAnswered(UUID selfTapeId) {
        cancel(selfTape(selfTapeId));
    }

    /**
     * Each invited talent hears when the role is about to close. Slate has no saved roles or
     * drafts: an invitation is how a talent shows up on a role before submitting.
     */
    public void roleInvited(RoleInvited invitation, Instant now) {
        Instant due = invitation.deadline().minus(ROLE_CLOSING);
        if (!due.isAfter(now)) {
            return;
        }
        for (String talent : invitation.recipients()) {
            RoleInvited forOne = new RoleInvited(invitation.roleId(), invitation.roleName(), invitation.projectTitle(), invitation.deadline(),
                    List.of(talent));
            schedule.plan(Waiting.REMINDER, roleClosing(invitation.roleId(), talent), due, new Reminder(null, null, forOne));
        }
    }

    /** A talent who submitted needs no reminder to submit. */
    public void submitted(UUID roleId, String talentId) {
        schedule.cancel(roleClosing(roleId, talentId));
    }

    /** A reminder whose time came. */
    public void send(Due due, Instant now) {
        Reminder reminder = schedule.payload(due, Reminder.class);
        Cause cause = new Cause(due.id(), "notifications.reminder");
        if (reminder.audition() != null) {
            emails.auditionReminder(cause, reminder.audition(), now);
        } else if (reminder.selfTape() != null) {
            emails.selfTapeReminder(cause, reminder.selfTape(), now);
        } else {
            emails.roleClosing(cause, reminder.role(), now);
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

    private static String roleClosing(UUID roleId, String talentId) {
        return "reminder:role-" + roleId + ":" + talentId;
    }

    private static String selfTape(UUID selfTapeId) {
        return "self-tape-" + selfTapeId;
    }

    private static String key(String subject, Duration lead) {
        return "reminder:" + subject + ":" + lead.toHours() + "h";
    }
}
