package app.slate.notifications.outreach;

import java.time.Duration;
import java.time.Instant;

/** Whether a message may wait through someone's quiet hours. */
public enum Urgency {
    /** Goes at any hour. */
    URGENT,
    /** Waits until the reader's quiet hours end. */
    CAN_WAIT;

    /** An audition within a day cannot wait (nor can its cancellation). */
    public static Urgency ofAudition(Instant startsAt, Instant now) {
        return within(startsAt, now, Duration.ofHours(24));
    }

    /** A self-tape due within twelve hours cannot wait. */
    public static Urgency ofSelfTape(Instant due, Instant now) {
        return within(due, now, Duration.ofHours(12));
    }

    private static Urgency within(Instant moment, Instant now, Duration window) {
        return moment.isBefore(now.plus(window)) ? URGENT : CAN_WAIT;
    }
}
