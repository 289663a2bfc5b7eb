package app.slate.platform.privacy;

import app.slate.platform.blocking.Await;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;

/**
 * A context's erasure as SQL statements over its own tables, run in order in one transaction: each
 * statement is a receipt line (the table, what it held, deleted or anonymised, how many rows). Run
 * again after a crash, the statements find nothing left and the transaction changes nothing.
 */
public final class ErasureSteps {

    private record Step(String table, String what, String action, String sql, Tuple parameters) {
    }

    private final List<Step> steps = new ArrayList<>();

    public ErasureSteps delete(String table, String what, String sql, Object... parameters) {
        steps.add(new Step(table, what, ErasureLine.DELETED, sql, Tuple.from(parameters)));
        return this;
    }

    public ErasureSteps anonymise(String table, String what, String sql, Object... parameters) {
        steps.add(new Step(table, what, ErasureLine.ANONYMISED, sql, Tuple.from(parameters)));
        return this;
    }

    public List<ErasureLine> run(Pool database) {
        return database.withTransaction(this::run).await().atMost(Await.LIMIT);
    }

    private Uni<List<ErasureLine>> run(SqlConnection connection) {
        List<ErasureLine> lines = new ArrayList<>();
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Step step : steps) {
            chain = chain.chain(() -> connection.preparedQuery(step.sql()).execute(step.parameters()).invoke(rows ->
                    lines.add(new ErasureLine("postgresql:" + step.table(), step.what(), step.action(), rows.rowCount())))
                    .replaceWithVoid());
        }
        return chain.replaceWith(lines);
    }
}
