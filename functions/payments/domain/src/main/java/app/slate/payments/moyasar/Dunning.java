package app.slate.payments.moyasar;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Slate's own renewal calendar for Moyasar, which has no subscriptions: a month paid at a time,
 * the renewal charged on the period's last instant, and a renewal that fails retried after one,
 * two and four more days (four attempts over a week, as Stripe's default schedule makes), after
 * which the plan ends and the account is back on free.
 */
public final class Dunning {

    /** Waits after failed attempt 1, 2 and 3; attempt 4 is the last. */
    static final List<Duration> RETRIES = List.of(Duration.ofDays(1), Duration.ofDays(2), Duration.ofDays(4));
    public static final int ATTEMPTS = RETRIES.size() + 1;

    private Dunning() {
    }

    /** When to try again after {@code failedAttempts} failures, the last at {@code failedAt}; empty once they are spent. */
    public static Optional<Instant> nextAttempt(int failedAttempts, Instant failedAt) {
        return failedAttempts >= ATTEMPTS ? Optional.empty() : Optional.of(failedAt.plus(RETRIES.get(Math.max(failedAttempts, 1) - 1)));
    }

    /** One calendar month on (31 January gives the last day of February), in UTC. */
    public static Instant periodEnd(Instant start) {
        return start.atOffset(ZoneOffset.UTC).plusMonths(1).toInstant();
    }
}
