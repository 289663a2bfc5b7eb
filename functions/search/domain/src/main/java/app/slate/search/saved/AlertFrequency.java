package app.slate.search.saved;

import java.time.Duration;

/**
 * How often a saved search may tell its owner about new matches: at once, or gathered into a daily
 * or weekly digest. A match that stops matching before its digest goes is left out of it.
 */
public enum AlertFrequency {
    INSTANT(Duration.ZERO), DAILY(Duration.ofDays(1)), WEEKLY(Duration.ofDays(7));

    private final Duration window;

    AlertFrequency(Duration window) {
        this.window = window;
    }

    /** How long matches gather before they go. */
    public Duration window() {
        return window;
    }
}
