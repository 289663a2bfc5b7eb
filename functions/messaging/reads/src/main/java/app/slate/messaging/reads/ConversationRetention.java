package app.slate.messaging.reads;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.RetentionRule;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conversations are kept while they may matter to a production: two years after their last
 * message ({@code slate.messaging.retention}) they go with their messages and read receipts.
 */
@ApplicationScoped
public class ConversationRetention implements RetentionRule {

    private static final String PRUNE = """
            DELETE FROM conversations WHERE id IN (SELECT id FROM conversations WHERE last_message_at < $1 ORDER BY last_message_at LIMIT 500)""";

    private final Pool database;
    private final Duration kept;

    public ConversationRetention(Pool database, @ConfigProperty(name = "slate.messaging.retention", defaultValue = "P730D") Duration kept) {
        this.database = database;
        this.kept = kept;
    }

    @Override
    public String dataClass() {
        return "conversations and their messages";
    }

    @Override
    public long prune(Instant now) {
        return database.preparedQuery(PRUNE).execute(Tuple.of(now.minus(kept).atOffset(ZoneOffset.UTC))).await().atMost(Await.LIMIT).rowCount();
    }
}
