package app.slate.notifications.delivery;

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
 * The delivery log (who was sent what, where, and how it went) is kept for
 * {@code slate.notifications.delivery-retention}, a year by default: long enough to answer "was I
 * told?" about a renewal or an audition, no longer. Suppressions are kept while the address bounces.
 */
@ApplicationScoped
public class DeliveryRetention implements RetentionRule {

    private static final String PRUNE = """
            DELETE FROM notification_deliveries WHERE id IN (SELECT id FROM notification_deliveries WHERE created_at < $1 LIMIT 5000)""";

    private final Pool database;
    private final Duration kept;

    public DeliveryRetention(Pool database, @ConfigProperty(name = "slate.notifications.delivery-retention", defaultValue = "P365D") Duration kept) {
        this.database = database;
        this.kept = kept;
    }

    @Override
    public String dataClass() {
        return "delivery logs";
    }

    @Override
    public long prune(Instant now) {
        return database.preparedQuery(PRUNE).execute(Tuple.of(now.minus(kept).atOffset(ZoneOffset.UTC))).await().atMost(Await.LIMIT).rowCount();
    }
}
