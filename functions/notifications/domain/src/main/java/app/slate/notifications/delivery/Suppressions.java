package app.slate.notifications.delivery;

import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** Addresses that bounced for good or complained: Slate sends them nothing more. Blocking. */
@ApplicationScoped
public class Suppressions {

    public enum Reason { BOUNCE, COMPLAINT }

    private final Pool database;

    public Suppressions(Pool database) {
        this.database = database;
    }

    public void suppress(String address, Reason reason) {
        database.preparedQuery("INSERT INTO notification_suppressions (address, reason) VALUES ($1, $2) ON CONFLICT (address) DO NOTHING")
                .execute(Tuple.of(normalised(address), reason.name())).await().atMost(Await.LIMIT);
    }

    public boolean suppressed(String address) {
        return database.preparedQuery("SELECT 1 FROM notification_suppressions WHERE address = $1")
                .execute(Tuple.of(normalised(address))).await().atMost(Await.LIMIT).size() > 0;
    }

    private static String normalised(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }
}
