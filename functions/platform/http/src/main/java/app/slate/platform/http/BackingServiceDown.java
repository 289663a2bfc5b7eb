package app.slate.platform.http;

import app.slate.platform.problem.Causes;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * Whether a failure is a store or search cluster that cannot be reached right now (refused,
 * unroutable, timed out) rather than a fault of the code: the caller is told to come back soon
 * (503 with {@code Retry-After}) instead of hearing that something broke (500).
 */
final class BackingServiceDown {

    /** Long enough for a restarted node or a failed-over database to answer again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    private BackingServiceDown() {
    }

    static boolean isCause(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                // waiting for a pooled connection to a service that has stopped answering (the search client's)
                || cause instanceof TimeoutException);
    }
}
