package app.slate.platform.privacy;

import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The usual retention step: delete at most 500 rows of a table whose time column is before a
 * cutoff, oldest first, so one hourly run stays short and the next takes the rest. Table and
 * column names come from the rule's own code, never from input.
 */
public final class OldestRows {

    private static final int BATCH = 500;

    private OldestRows() {
    }

    /** Rows deleted. */
    public static long delete(Pool database, String table, String key, String time, Object cutoff) {
        String sql = "DELETE FROM %1$s WHERE %2$s IN (SELECT %2$s FROM %1$s WHERE %3$s < $1 ORDER BY %3$s LIMIT %4$d)"
                .formatted(table, key, time, BATCH);
        return database.preparedQuery(sql).execute(Tuple.of(cutoff)).await().atMost(Await.LIMIT).rowCount();
    }
}
