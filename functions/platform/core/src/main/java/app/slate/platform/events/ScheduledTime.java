package app.slate.platform.events;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * The time an EventBridge scheduled event was scheduled for (its {@code time}), which a scheduled
 * function works as of; now when the trigger carries none or an unreadable one.
 */
public final class ScheduledTime {

    private ScheduledTime() {
    }

    public static Instant of(Map<String, Object> trigger) {
        Object time = trigger == null ? null : trigger.get("time");
        try {
            return time == null ? Instant.now() : Instant.parse(time.toString());
        } catch (DateTimeParseException unreadable) {
            return Instant.now();
        }
    }
}
