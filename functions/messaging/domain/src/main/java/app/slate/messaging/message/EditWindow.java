package app.slate.messaging.message;

import java.time.Duration;
import java.time.Instant;

/**
 * Words can be corrected for five minutes after sending, long enough to fix a typo in a call time,
 * short enough that nobody rewrites what the other side already answered. Deleting has no window:
 * it leaves a tombstone that says a message was there.
 */
public final class EditWindow {

    public static final Duration LENGTH = Duration.ofMinutes(5);

    private EditWindow() {
    }

    public static boolean open(Instant sentAt, Instant now) {
        return !now.isAfter(sentAt.plus(LENGTH));
    }
}
