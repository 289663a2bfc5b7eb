package app.slate.platform.http;

import app.slate.platform.problem.Causes;
import app.slate.platform.problem.OutageCauses;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The outages every function can meet: a store or search cluster that cannot be reached right now
 * (refused, unroutable, timed out). The caller is told to come back soon (503 with
 * {@code Retry-After}) instead of hearing that something broke (500).
 */
@ApplicationScoped
class BackingServiceDown implements OutageCauses {

    /** Long enough for a restarted node or a failed-over database to answer again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    @Override
    public boolean isOutage(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ConnectException || cause instanceof NoRouteToHostException
                || cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                // waiting for a pooled connection to a service that has stopped answering (the search client's)
                || cause instanceof TimeoutException);
    }
}
