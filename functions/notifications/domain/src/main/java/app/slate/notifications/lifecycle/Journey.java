package app.slate.notifications.lifecycle;

import java.time.Duration;
import java.util.List;

/**
 * One lifecycle journey as configured ({@code notifications/lifecycle.json}): who it is for, the
 * moment that starts it (and, optionally, the one that stops it), and its steps, each sent a while
 * after the start unless its condition says it no longer makes sense.
 */
public record Journey(String name, String audience, String startsWhen, String stopsWhen, List<Step> steps) {

    /** A message {@code after} the start; skipped when {@code skipWhen} holds then, or when it is for another audience. */
    public record Step(Duration after, String template, String audience, String skipWhen) {
    }

    public boolean isFor(String who) {
        return "any".equals(audience) || audience.equals(who);
    }
}
