package app.slate.notifications.lifecycle;

import app.slate.platform.blocking.Await;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * What lifecycle journeys look at (owner of {@code notification_lifecycle}): the person's side of
 * Slate, their profile's completeness, the last day they used the app.
 */
@ApplicationScoped
public class LifecycleFacts {

    /** A person's facts; a missing one is null (nothing known yet). */
    public record Facts(String audience, Integer completeness, LocalDate lastActiveOn) {
    }

    private static final String AUDIENCE = """
            INSERT INTO notification_lifecycle (account_id, audience) VALUES ($1, $2)
            ON CONFLICT (account_id) DO UPDATE SET audience = excluded.audience, updated_at = now()""";

    /** The new completeness, returning the one before (null when first heard). */
    private static final String COMPLETENESS = """
            WITH before AS (SELECT completeness FROM notification_lifecycle WHERE account_id = $1 FOR UPDATE)
            INSERT INTO notification_lifecycle (account_id, audience, completeness) VALUES ($1, 'talent', $2)
            ON CONFLICT (account_id) DO UPDATE SET completeness = excluded.completeness, updated_at = now()
            RETURNING (SELECT completeness FROM before) AS previous""";

    /** Today's first use only: later calls the same day change nothing and say so. */
    private static final String ACTIVE = """
            INSERT INTO notification_lifecycle (account_id, last_active_on) VALUES ($1, current_date)
            ON CONFLICT (account_id) DO UPDATE SET last_active_on = current_date, updated_at = now()
            WHERE notification_lifecycle.last_active_on IS NULL OR notification_lifecycle.last_active_on < current_date
            RETURNING account_id""";

    private static final String READ = "SELECT audience, completeness, last_active_on FROM notification_lifecycle WHERE account_id = $1";

    private static final String FORGET = "DELETE FROM notification_lifecycle WHERE account_id = $1";

    private final Pool database;

    public LifecycleFacts(Pool database) {
        this.database = database;
    }

    public void audience(UUID accountId, String audience) {
        database.preparedQuery(AUDIENCE).execute(Tuple.of(accountId, audience)).await().atMost(Await.LIMIT);
    }

    /** Blocking: records the completeness and answers the one before, if any. */
    public OptionalInt completeness(UUID accountId, int completeness) {
        Row row = database.preparedQuery(COMPLETENESS).execute(Tuple.of(accountId, completeness)).await().atMost(Await.LIMIT)
                .iterator().next();
        Integer previous = row.getInteger("previous");
        return previous == null ? OptionalInt.empty() : OptionalInt.of(previous);
    }

    /** True the first time this person uses Slate on a day. */
    public Uni<Boolean> active(UUID accountId) {
        return database.preparedQuery(ACTIVE).execute(Tuple.of(accountId)).map(rows -> rows.size() > 0);
    }

    public Facts read(UUID accountId) {
        var rows = database.preparedQuery(READ).execute(Tuple.of(accountId)).await().atMost(Await.LIMIT);
        if (rows.size() == 0) {
            return new Facts("any", null, null);
        }
        Row row = rows.iterator().next();
        return new Facts(row.getString("audience"), row.getInteger("completeness"), row.getLocalDate("last_active_on"));
    }

    public void forget(UUID accountId) {
        database.preparedQuery(FORGET).execute(Tuple.of(accountId)).await().atMost(Await.LIMIT);
    }
}
