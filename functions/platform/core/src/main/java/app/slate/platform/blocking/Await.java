package app.slate.platform.blocking;

import java.time.Duration;

/**
 * The one timeout policy for blocking on reactive work, which happens only at a Lambda handler
 * boundary (a consumer or a schedule: Lambda calls them on a plain thread and wants a result).
 * Each wait covers one statement or one short transaction: if it takes longer than {@link #LIMIT},
 * the wait fails, the record is reported as failed and the queue redelivers it, rather than the
 * invocation running into the function's timeout with nothing said.
 */
public final class Await {

    /** Longest wait for one database statement or transaction. */
    public static final Duration LIMIT = Duration.ofSeconds(20);

    private Await() {
    }
}
