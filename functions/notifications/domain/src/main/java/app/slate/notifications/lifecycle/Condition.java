package app.slate.notifications.lifecycle;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;

/** What a journey's step may look at when its time comes, by the names the configuration uses. */
public enum Condition {
    /** A profile at 80% or more needs no nudge to complete it. */
    PROFILE_COMPLETE("profile-complete") {
        @Override
        boolean holds(LifecycleFacts.Facts facts, Instant started) {
            return facts.completeness() != null && facts.completeness() >= 80;
        }
    },
    PROFILE_AT_LEAST_50("profile-at-least-50") {
        @Override
        boolean holds(LifecycleFacts.Facts facts, Instant started) {
            return facts.completeness() != null && facts.completeness() >= 50;
        }
    },
    /** The person used Slate on a day after the journey began. */
    ACTIVE_SINCE_START("active-since-start") {
        @Override
        boolean holds(LifecycleFacts.Facts facts, Instant started) {
            return facts.lastActiveOn() != null && facts.lastActiveOn().isAfter(LocalDate.ofInstant(started, ZoneOffset.UTC));
        }
    };

    private final String configName;

    Condition(String configName) {
        this.configName = configName;
    }

    abstract boolean holds(LifecycleFacts.Facts facts, Instant started);

    public static Condition named(String name) {
        return Arrays.stream(values()).filter(condition -> condition.configName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no lifecycle condition named " + name));
    }

    /** Whether a step with this {@code skipWhen} (null: none) should go. */
    public static boolean allows(String skipWhen, LifecycleFacts.Facts facts, Instant started) {
        return skipWhen == null || !named(skipWhen).holds(facts, started);
    }
}
