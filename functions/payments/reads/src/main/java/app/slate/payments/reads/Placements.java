package app.slate.payments.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Who is placed first in rankings, and who shows the featured badge: the accounts whose live plan
 * (paid or granted) gives priority placement or the badge. Every talent search, role board page and
 * list of suggested talent asks; the answer is read again at most every {@code refresh} (15 seconds
 * unless configured), so a change of plan reaches rankings within that.
 */
@ApplicationScoped
public class Placements {

    /** The two sets of account ids; a search boosts the first and marks the second. */
    public record Placed(Set<String> priority, Set<String> featured) {

        public boolean priority(String accountId) {
            return accountId != null && priority.contains(accountId);
        }

        public boolean featured(String accountId) {
            return accountId != null && featured.contains(accountId);
        }
    }

    private static final String PLACED = """
            SELECT s.account_id, p.priority_placement, p.featured_badge FROM billing_subscriptions s JOIN billing_plans p ON p.id = s.plan_id
            WHERE s.status IN %s AND s.duplicate_of IS NULL AND (p.priority_placement OR p.featured_badge)""".formatted(Entitlements.ENTITLING);

    private final Pool database;
    private final Duration refresh;
    private volatile Placed placed;
    private volatile Instant readAt = Instant.MIN;

    public Placements(Pool database, @ConfigProperty(name = "slate.placements.refresh", defaultValue = "PT15S") Duration refresh) {
        this.database = database;
        this.refresh = refresh;
    }

    public Uni<Placed> current() {
        Instant now = Instant.now();
        if (placed != null && readAt.plus(refresh).isAfter(now)) {
            return Uni.createFrom().item(placed);
        }
        return database.preparedQuery(PLACED).execute().map(rows -> {
            Set<String> priority = new HashSet<>();
            Set<String> featured = new HashSet<>();
            for (Row row : rows) {
                if (row.getBoolean("priority_placement")) {
                    priority.add(row.getString("account_id"));
                }
                if (row.getBoolean("featured_badge")) {
                    featured.add(row.getString("account_id"));
                }
            }
            Placed read = new Placed(Set.copyOf(priority), Set.copyOf(featured));
            placed = read;
            readAt = now;
            return read;
        });
    }
}
