package app.slate.trust.privacy;

import app.slate.platform.events.PrivacyEvents;
import app.slate.platform.events.PrivacyEvents.ExportReady;
import app.slate.platform.events.PrivacyEvents.ExportRequested;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * People's exports: asked for (at most one per {@code exportInterval}, 429 otherwise), prepared by
 * the privacy function, READY until they expire, then deleted with their object. An export is
 * only ever shown to the account it is about (its guardian acts as it): nobody else, admins
 * included, has a route to it.
 */
@ApplicationScoped
public class DataExports {

    /** What the privacy function needs of an export it prepares. */
    public record Pending(UUID id, UUID accountId) {
    }

    /** An expired export whose object is deleted. */
    public record Expired(UUID id, String objectKey) {
    }

    private static final String COLUMNS = "id, status, requested_at, ready_at, expires_at, size_bytes";
    private static final String LATEST = "SELECT requested_at FROM data_exports WHERE account_id = $1 ORDER BY requested_at DESC LIMIT 1 FOR UPDATE";
    private static final String LOCK_ACCOUNT = "SELECT pg_advisory_xact_lock(hashtext($1))";
    private static final String INSERT = """
            INSERT INTO data_exports (id, account_id, requested_by, status, requested_at) VALUES ($1, $2, $3, 'PREPARING', now())
            RETURNING""" + " " + COLUMNS;
    private static final String OF_ACCOUNT = "SELECT " + COLUMNS + " FROM data_exports WHERE account_id = $1 ORDER BY requested_at DESC LIMIT 20";
    private static final String ONE = "SELECT " + COLUMNS + ", object_key FROM data_exports WHERE id = $1 AND account_id = $2";
    private static final String PENDING = "SELECT id, account_id FROM data_exports WHERE id = $1 AND status = 'PREPARING'";
    private static final String READY = """
            UPDATE data_exports SET status = 'READY', object_key = $2, size_bytes = $3, ready_at = now(), expires_at = $4
             WHERE id = $1 AND status = 'PREPARING' RETURNING account_id, requested_by""";
    private static final String FAILED = "UPDATE data_exports SET status = 'FAILED' WHERE id = $1 AND status = 'PREPARING'";
    private static final String EXPIRE = """
            WITH gone AS (SELECT id, object_key FROM data_exports WHERE status = 'READY' AND expires_at <= $1 LIMIT 1000 FOR UPDATE)
            UPDATE data_exports d SET status = 'EXPIRED', object_key = NULL FROM gone WHERE d.id = gone.id
            RETURNING d.id, gone.object_key""";

    private static final String FORGET = "DELETE FROM data_exports WHERE account_id = $1 RETURNING object_key";

    private final Pool database;
    private final Outbox outbox;
    private final PrivacyConfig config;

    public DataExports(Pool database, Outbox outbox, PrivacyConfig config) {
        this.database = database;
        this.outbox = outbox;
        this.config = config;
    }

    public Uni<ExportView> request(UUID accountId, UUID requestedBy, AlongsideChange alongside) {
        return database.withTransaction(connection -> connection.preparedQuery(LOCK_ACCOUNT).execute(Tuple.of("data_exports:" + accountId))
                .chain(() -> connection.preparedQuery(LATEST).execute(Tuple.of(accountId)))
                .chain(latest -> {
                    if (latest.size() > 0) {
                        Instant next = latest.iterator().next().getOffsetDateTime("requested_at").toInstant().plus(config.exportInterval());
                        if (next.isAfter(Instant.now())) {
                            throw ProblemException.tooManyRequests("One export per " + config.exportInterval().toHours()
                                    + " hours: the last one is still yours to download.", Duration.between(Instant.now(), next));
                        }
                    }
                    UUID id = UUID.randomUUID();
                    return connection.preparedQuery(INSERT).execute(Tuple.of(id, accountId, requestedBy)).map(rows -> view(rows.iterator().next()))
                            .call(() -> outbox.record(connection, PrivacyEvents.EXPORT_REQUESTED, Map.of(id.toString(), new ExportRequested(id))))
                            .call(() -> alongside.write(connection));
                }));
    }

    public Uni<List<ExportView>> of(UUID accountId) {
        return database.preparedQuery(OF_ACCOUNT).execute(Tuple.of(accountId)).map(rows -> {
            List<ExportView> views = new ArrayList<>();
            rows.forEach(row -> views.add(view(row)));
            return views;
        });
    }

    /** Every export of the account, however old (an erasure names them all). */
    public Uni<List<UUID>> idsOf(UUID accountId) {
        return database.preparedQuery("SELECT id FROM data_exports WHERE account_id = $1").execute(Tuple.of(accountId)).map(rows -> {
            List<UUID> ids = new ArrayList<>();
            rows.forEach(row -> ids.add(row.getUUID("id")));
            return ids;
        });
    }

    /** The account's export with its object key while it may be downloaded; empty for anyone else's. */
    public Uni<Optional<Downloadable>> find(UUID exportId, UUID accountId) {
        return database.preparedQuery(ONE).execute(Tuple.of(exportId, accountId)).map(rows -> rows.size() == 0 ? Optional.empty()
                : Optional.of(new Downloadable(view(rows.iterator().next()), rows.iterator().next().getString("object_key"))));
    }

    public record Downloadable(ExportView view, String objectKey) {
    }

    public Uni<Optional<Pending>> pending(UUID exportId) {
        return database.preparedQuery(PENDING).execute(Tuple.of(exportId)).map(rows -> rows.size() == 0 ? Optional.empty()
                : Optional.of(new Pending(rows.iterator().next().getUUID("id"), rows.iterator().next().getUUID("account_id"))));
    }

    /** READY, and the person told, in one transaction. */
    public Uni<Void> ready(UUID exportId, String objectKey, long sizeBytes) {
        Instant expires = Instant.now().plus(config.exportLifetime());
        return database.withTransaction(connection -> connection.preparedQuery(READY)
                .execute(Tuple.of(exportId, objectKey, sizeBytes, expires.atOffset(ZoneOffset.UTC))).chain(rows -> rows.size() == 0
                        ? Uni.createFrom().voidItem()
                        : outbox.record(connection, PrivacyEvents.EXPORT_READY, Map.of(exportId.toString(),
                                new ExportReady(exportId, rows.iterator().next().getUUID("account_id"), rows.iterator().next().getUUID("requested_by"), expires)))));
    }

    public Uni<Void> failed(UUID exportId) {
        return database.preparedQuery(FAILED).execute(Tuple.of(exportId)).replaceWithVoid();
    }

    /** Marks what expired by {@code now} and answers the objects to delete. */
    public Uni<List<Expired>> expire(Instant now) {
        return database.withTransaction(connection -> connection.preparedQuery(EXPIRE).execute(Tuple.of(now.atOffset(ZoneOffset.UTC))).map(rows -> {
            List<Expired> expired = new ArrayList<>();
            rows.forEach(row -> expired.add(new Expired(row.getUUID("id"), row.getString("object_key"))));
            return expired;
        }));
    }

    /** Deletes the account's exports (an erasure); answers each one's object key, null for one without an object. */
    public Uni<List<String>> forget(UUID accountId) {
        return database.preparedQuery(FORGET).execute(Tuple.of(accountId)).map(rows -> {
            List<String> keys = new ArrayList<>();
            rows.forEach(row -> keys.add(row.getString("object_key")));
            return keys;
        });
    }

    private static ExportView view(Row row) {
        UUID id = row.getUUID("id");
        String status = row.getString("status");
        return new ExportView(id, status, row.getOffsetDateTime("requested_at").toInstant(),
                row.getOffsetDateTime("ready_at") == null ? null : row.getOffsetDateTime("ready_at").toInstant(),
                row.getOffsetDateTime("expires_at") == null ? null : row.getOffsetDateTime("expires_at").toInstant(),
                row.getLong("size_bytes"), status.equals("READY") ? "/me/exports/" + id + "/download" : null);
    }
}
