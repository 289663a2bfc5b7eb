package app.slate.identity.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Whether an account exists (not deleted): what a report of an account is checked against. */
@ApplicationScoped
public class Accounts {

    private final Pool database;

    public Accounts(Pool database) {
        this.database = database;
    }

    public Uni<Boolean> exists(UUID accountId) {
        return database.preparedQuery("SELECT 1 FROM accounts WHERE id = $1 AND deleted_at IS NULL").execute(Tuple.of(accountId))
                .map(rows -> rows.size() > 0);
    }
}
