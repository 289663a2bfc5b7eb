package app.slate.platform.ai.usage;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.RetentionRule;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Cached model answers go once expired (a day by default): the cache reads none past expiry, and they may hold personal data. */
@ApplicationScoped
public class CachedAnswerRetention implements RetentionRule {

    private static final String PRUNE = """
            DELETE FROM ai_answers WHERE prompt_hash IN (SELECT prompt_hash FROM ai_answers WHERE expires_at < $1 ORDER BY expires_at LIMIT 500)""";

    private final Pool database;

    public CachedAnswerRetention(Pool database) {
        this.database = database;
    }

    @Override
    public String dataClass() {
        return "cached model answers";
    }

    @Override
    public long prune(Instant now) {
        return database.preparedQuery(PRUNE).execute(Tuple.of(now.atOffset(ZoneOffset.UTC))).await().atMost(Await.LIMIT).rowCount();
    }
}
