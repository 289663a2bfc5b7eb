package app.slate.platform.ai.usage;

import app.slate.platform.privacy.OldestRows;
import app.slate.platform.privacy.RetentionRule;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Cached model answers go once expired (a day by default): the cache reads none past expiry, and they may hold personal data. */
@ApplicationScoped
public class CachedAnswerRetention implements RetentionRule {

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
        return OldestRows.delete(database, "ai_answers", "prompt_hash", "expires_at", now.atOffset(ZoneOffset.UTC));
    }
}
