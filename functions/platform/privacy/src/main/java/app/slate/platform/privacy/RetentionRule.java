package app.slate.platform.privacy;

import java.time.Instant;

/**
 * How long one class of data is kept, enforced by the context that owns it: the trust context's
 * hourly retention run calls every rule it finds. Blocking; each call removes at most a bounded
 * batch (the next run takes the rest) and is safe to repeat.
 */
public interface RetentionRule {

    /** The data class, as the README's retention table names it. */
    String dataClass();

    /** Removes what is past its retention at {@code now}; answers how many records went. */
    long prune(Instant now);
}
