package app.slate.platform.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

/**
 * What a caller adds to a change that a domain writes in SQL, in the same transaction: its own
 * record of the change (an audit entry), which then exists exactly when the change does.
 */
@FunctionalInterface
public interface AlongsideChange {

    AlongsideChange NOTHING = connection -> Uni.createFrom().voidItem();

    Uni<Void> write(SqlConnection connection);
}
