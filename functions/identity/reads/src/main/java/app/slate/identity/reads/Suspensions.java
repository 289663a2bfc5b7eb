package app.slate.identity.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The accounts an admin has suspended or banned: nothing of theirs is shown (profiles, roles,
 * suggestions). They are few, so the whole set is read, at most every {@code slate.suspensions.refresh}
 * per function instance (15 s by default): a suspension or a reinstatement shows within that.
 */
@ApplicationScoped
public class Suspensions {

    private static final String SUSPENDED = "SELECT id::text AS id FROM accounts WHERE suspended_at IS NOT NULL AND deleted_at IS NULL";

    private final Pool database;
    private final Duration refresh;
    private volatile Set<String> suspended;
    private volatile long readAt;

    public Suspensions(Pool database, @ConfigProperty(name = "slate.suspensions.refresh", defaultValue = "PT15S") Duration refresh) {
        this.database = database;
        this.refresh = refresh;
    }

    public Uni<Set<String>> current() {
        Set<String> known = suspended;
        if (known != null && System.nanoTime() - readAt < refresh.toNanos()) {
            return Uni.createFrom().item(known);
        }
        return database.query(SUSPENDED).execute().map(rows -> {
            Set<String> ids = new HashSet<>();
            rows.forEach(row -> ids.add(row.getString("id")));
            suspended = Set.copyOf(ids);
            readAt = System.nanoTime();
            return suspended;
        });
    }

    public Uni<Boolean> isSuspended(String accountId) {
        return current().map(ids -> accountId != null && ids.contains(accountId));
    }
}
