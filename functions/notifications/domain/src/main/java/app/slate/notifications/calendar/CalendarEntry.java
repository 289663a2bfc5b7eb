package app.slate.notifications.calendar;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One audition in people's calendars, as Slate last announced it. The UID is the booking's (a
 * submission's round), so it stays when the booking moves or is cancelled; each change raises the
 * sequence (RFC 5545 §3.8.7.4), which is how a calendar knows an update from a stale copy.
 * {@code attendees} are the accounts that may download it.
 */
public record CalendarEntry(String uid, int sequence, boolean cancelled, Instant startsAt, int minutes, String summary,
                            String location, String url, List<String> attendees, Instant changedAt, UUID lastEvent) {

    /** What an audition event means for the calendar. */
    public enum Change { BOOKED, MOVED, CANCELLED, STALE }

    /** The entry after an event, and what the event changed. */
    public record Outcome(CalendarEntry entry, Change change) {
    }

    public static String uid(UUID submissionId, int round) {
        return "audition-" + submissionId + "-" + round + "@slate";
    }

    /**
     * Applies an event's version of the booking to what was announced before. The same event again
     * (a redelivery) changes nothing and means what it meant; an event older than the last one
     * applied (a move overtaken by a later one) is stale. Anything else raises the sequence.
     */
    public static Outcome apply(CalendarEntry before, CalendarEntry proposed) {
        if (before == null) {
            return new Outcome(proposed.withSequence(0, proposed.attendees()), proposed.cancelled() ? Change.CANCELLED : Change.BOOKED);
        }
        if (before.lastEvent().equals(proposed.lastEvent())) {
            return new Outcome(before, before.cancelled() ? Change.CANCELLED : before.sequence() == 0 ? Change.BOOKED : Change.MOVED);
        }
        if (proposed.changedAt().isBefore(before.changedAt())) {
            return new Outcome(before, Change.STALE);
        }
        Set<String> everyone = new LinkedHashSet<>(before.attendees());
        everyone.addAll(proposed.attendees());
        CalendarEntry next = proposed.withSequence(before.sequence() + 1, List.copyOf(everyone));
        Change change = proposed.cancelled() ? Change.CANCELLED : before.cancelled() ? Change.BOOKED : Change.MOVED;
        return new Outcome(next, change);
    }

    private CalendarEntry withSequence(int next, List<String> everyone) {
        return new CalendarEntry(uid, next, cancelled, startsAt, minutes, summary, location, url, everyone, changedAt, lastEvent);
    }
}
