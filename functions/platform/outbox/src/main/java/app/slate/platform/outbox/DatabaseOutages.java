package app.slate.platform.outbox;

import app.slate.platform.problem.Causes;
import app.slate.platform.problem.OutageCauses;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * PostgreSQL going away under a request: the connection it held was closed (a restart, a
 * fail-over), the server is shutting down or starting up (SQLSTATE class 57P), or the connection
 * failed (class 08). Measured with `./slate chaos`: a restart under load answered these as 500
 * before they were recognised.
 */
@ApplicationScoped
public class DatabaseOutages implements OutageCauses {

    /** What the pool says of a connection that closed while a session still held it. */
    private static final String INACTIVE_CONNECTION = "Connection is not active now";

    @Override
    public boolean isOutage(Throwable failure) {
        return Causes.any(failure, cause -> cause instanceof ClosedConnectionException
                || (cause instanceof PgException pg && pg.getSqlState() != null
                    && (pg.getSqlState().startsWith("57P") || pg.getSqlState().startsWith("08")))
                || (cause.getMessage() != null && cause.getMessage().startsWith(INACTIVE_CONNECTION)));
    }
}
