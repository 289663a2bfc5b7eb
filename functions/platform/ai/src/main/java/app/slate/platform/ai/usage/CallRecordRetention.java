package app.slate.platform.ai.usage;

import app.slate.platform.privacy.OldestRows;
import app.slate.platform.privacy.RetentionRule;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;

/** Model call records are kept 400 days, a year of cost figures to compare against, and then go. */
@ApplicationScoped
public class CallRecordRetention implements RetentionRule {

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
        return OldestRows.delete(database, "ai_calls", "id", "day", now.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(400));
    }
}
