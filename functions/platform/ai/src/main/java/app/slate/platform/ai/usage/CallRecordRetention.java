package app.slate.platform.ai.usage;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.RetentionRule;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Model call records are kept 400 days, a year of cost figures to compare against, and then go. */
@ApplicationScoped
public class CallRecordRetention implements RetentionRule {

    private static final String PRUNE = "DELETE FROM ai_calls WHERE id IN (SELECT id FROM ai_calls WHERE day < $1 ORDER BY id LIMIT 500)";

    private final Pool database;

    public CallRecordRetention(Pool database) {
        this.database = database;
    }

    @Override
    public String dataClass() {
        return "model call records";
    }

    @Override
    public long prune(Instant now) {
        return database.preparedQuery(PRUNE).execute(Tuple.of(now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(400)))
                .await().atMost(Await.LIMIT).rowCount();
    }
}
