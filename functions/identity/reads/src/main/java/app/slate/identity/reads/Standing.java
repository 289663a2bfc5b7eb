package app.slate.identity.reads;

import app.slate.platform.auth.OwnerIds;
import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * What talent search ranks by besides the profile itself: until when the person's national-ID
 * verification holds and the last day they used Slate. The search indexer copies both into the
 * talent's document (day precision for activity), so a search can rank on them without asking.
 */
@ApplicationScoped
public class Standing {

    /** Either may be null: never verified, never seen since activity was kept. */
    public record Of(Instant verifiedUntil, LocalDate activeOn) {
        public static final Of NOTHING = new Of(null, null);
    }

    private static final String READ = """
            SELECT national_id_expires_at, active_on FROM accounts WHERE id = $1 AND deleted_at IS NULL""";

    private final Pool database;

    public Standing(Pool database) {
        this.database = database;
    }

    /** Blocking: the standing of a profile's owner (nothing for owners that are not accounts, such as demo talent). */
    public Of of(String ownerId) {
        Optional<UUID> account = OwnerIds.account(ownerId);
        if (account.isEmpty()) {
            return Of.NOTHING;
        }
        var rows = database.preparedQuery(READ).execute(Tuple.of(account.get())).await().atMost(Await.LIMIT);
        if (rows.size() == 0) {
            return Of.NOTHING;
        }
        Row row = rows.iterator().next();
        OffsetDateTime expires = row.getOffsetDateTime("national_id_expires_at");
        return new Of(expires == null ? null : expires.toInstant(), row.getLocalDate("active_on"));
    }
}
