package app.slate.trust.privacy;

import app.slate.platform.events.PrivacyEvents;
import app.slate.platform.events.PrivacyEvents.ErasureDue;
import app.slate.platform.events.PrivacyEvents.ErasureScheduled;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Erasure requests: scheduled after the grace period (a person's own) or due at once (an admin's
 * order, an identity provider's deletion), cancellable while scheduled, then run by the privacy
 * function. A due request is announced with {@code privacy.erasure-due} in the transaction that
 * makes it due; the runner's steps are each safe to repeat, so a second announcement changes nothing.
 */
@ApplicationScoped
public class ErasureRequests {

    public enum Source { SELF, GUARDIAN, ADMIN, IDENTITY_PROVIDER, RETENTION }

    /** A request the runner may work on: whom it erases, and the areas already done with their lines. */
    public record Running(UUID id, UUID accountId, JsonNode linesSoFar) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, status, source, requested_at, due_at, completed_at";
    private static final String OPEN = "SELECT " + COLUMNS + " FROM erasure_requests WHERE account_id = $1 AND status IN ('SCHEDULED', 'RUNNING') FOR UPDATE";
    private static final String INSERT = """
            INSERT INTO erasure_requests (id, account_id, status, source, requested_at, due_at) VALUES ($1, $2, 'SCHEDULED', $3, now(), $4)
            RETURNING""" + " " + COLUMNS;
    private static final String SOONER = "UPDATE erasure_requests SET due_at = $2, source = $3 WHERE id = $1 RETURNING " + COLUMNS;
    private static final String CANCEL = """
            UPDATE erasure_requests SET status = 'CANCELLED', cancelled_at = now() WHERE account_id = $1 AND status = 'SCHEDULED'
            RETURNING""" + " " + COLUMNS;
    private static final String DUE = "SELECT id FROM erasure_requests WHERE status = 'SCHEDULED' AND due_at <= $1 ORDER BY due_at LIMIT 500";
    private static final String START = """
            UPDATE erasure_requests SET status = 'RUNNING', started_at = coalesce(started_at, now())
             WHERE id = $1 AND status IN ('SCHEDULED', 'RUNNING') AND due_at <= now() RETURNING id, account_id, lines::text AS lines""";
    private static final String AREA_DONE = "UPDATE erasure_requests SET lines = lines || $2::jsonb WHERE id = $1 AND status = 'RUNNING'";
    private static final String COMPLETE = """
            UPDATE erasure_requests SET status = 'DONE', completed_at = $2, receipt = $3::jsonb, signature = $4, account_id = NULL
             WHERE id = $1 AND status = 'RUNNING'""";
    private static final String RECEIPT = "SELECT " + COLUMNS + ", receipt::text AS receipt, signature FROM erasure_requests WHERE id = $1";

    private final Pool database;
    private final Outbox outbox;
    private final PrivacyConfig config;

    public ErasureRequests(Pool database, Outbox outbox, PrivacyConfig config) {
        this.database = database;
        this.outbox = outbox;
        this.config = config;
    }

    /**
     * Asks for the account's erasure: after the grace period for a person's own request, now for
     * the others. An open request is kept (asking twice changes nothing), but made due sooner when
     * the new one is.
     */
    public Uni<ErasureView> request(UUID accountId, Source source, AlongsideChange alongside) {
        return request(accountId, source, accountId, alongside);
    }

    /** As above; {@code askedBy} (the person, or the guardian acting for a minor) is told of a scheduled erasure. */
    public Uni<ErasureView> request(UUID accountId, Source source, UUID askedBy, AlongsideChange alongside) {
        boolean graceful = source == Source.SELF || source == Source.GUARDIAN;
        Instant due = graceful ? Instant.now().plus(config.erasureGrace()) : Instant.now();
        return database.withTransaction(connection -> connection.preparedQuery(OPEN).execute(Tuple.of(accountId)).chain(open -> {
            if (open.size() > 0) {
                ErasureView existing = view(open.iterator().next());
                if (!existing.dueAt().isAfter(due)) {
                    return Uni.createFrom().item(existing);
                }
                return connection.preparedQuery(SOONER).execute(Tuple.of(existing.id(), due.atOffset(ZoneOffset.UTC), source.name()))
                        .map(rows -> view(rows.iterator().next())).call(view -> announce(connection, view, accountId, askedBy, graceful))
                        .call(() -> alongside.write(connection));
            }
            return connection.preparedQuery(INSERT).execute(Tuple.of(UUID.randomUUID(), accountId, source.name(), due.atOffset(ZoneOffset.UTC)))
                    .map(rows -> view(rows.iterator().next())).call(view -> announce(connection, view, accountId, askedBy, graceful))
                    .call(() -> alongside.write(connection));
        }));
    }

    private Uni<Void> announce(SqlConnection connection, ErasureView view, UUID accountId, UUID askedBy, boolean graceful) {
        String id = view.id().toString();
        return graceful
                ? outbox.record(connection, PrivacyEvents.ERASURE_SCHEDULED, Map.of(id, new ErasureScheduled(view.id(), accountId, askedBy, view.dueAt())))
                : outbox.record(connection, PrivacyEvents.ERASURE_DUE, Map.of(id, new ErasureDue(view.id())));
    }

    public Uni<Optional<ErasureView>> open(UUID accountId) {
        return database.withTransaction(connection -> connection.preparedQuery(OPEN).execute(Tuple.of(accountId))
                .map(rows -> rows.size() == 0 ? Optional.<ErasureView>empty() : Optional.of(view(rows.iterator().next()))));
    }

    /** Cancels a scheduled request; one that has begun cannot be stopped (409), none at all is a 404. */
    public Uni<ErasureView> cancel(UUID accountId, AlongsideChange alongside) {
        return database.withTransaction(connection -> connection.preparedQuery(CANCEL).execute(Tuple.of(accountId)).chain(rows -> {
            if (rows.size() == 0) {
                return connection.preparedQuery(OPEN).execute(Tuple.of(accountId)).map(open -> {
                    if (open.size() > 0) {
                        throw ProblemException.conflict("This erasure has begun and cannot be cancelled.");
                    }
                    throw ProblemException.notFound("There is no erasure request to cancel.");
                });
            }
            return alongside.write(connection).replaceWith(view(rows.iterator().next()));
        }));
    }

    /** Announces every scheduled request whose grace period is over (the daily retention run). */
    public Uni<Integer> announceDue(Instant now) {
        return database.withTransaction(connection -> connection.preparedQuery(DUE).execute(Tuple.of(now.atOffset(ZoneOffset.UTC))).chain(rows -> {
            Map<String, ErasureDue> due = new LinkedHashMap<>();
            rows.forEach(row -> due.put(row.getUUID("id").toString(), new ErasureDue(row.getUUID("id"))));
            return due.isEmpty() ? Uni.createFrom().item(0) : outbox.record(connection, PrivacyEvents.ERASURE_DUE, due).replaceWith(due.size());
        }));
    }

    /** Marks the request running; empty when it is done, cancelled, unknown or not yet due. */
    public Uni<Optional<Running>> start(UUID requestId) {
        return database.withTransaction(connection -> connection.preparedQuery(START).execute(Tuple.of(requestId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.<Running>empty();
            }
            Row row = rows.iterator().next();
            return Optional.of(new Running(row.getUUID("id"), row.getUUID("account_id"), read(row.getString("lines"))));
        }));
    }

    public Uni<Void> areaDone(UUID requestId, String area, JsonNode lines) {
        return database.preparedQuery(AREA_DONE).execute(Tuple.of(requestId, new JsonObject(Map.of(area, new JsonArray(lines.toString())))))
                .replaceWithVoid();
    }

    public Uni<Void> complete(UUID requestId, Instant at, JsonNode receipt, String signature, AlongsideChange alongside) {
        return database.withTransaction(connection -> connection.preparedQuery(COMPLETE)
                .execute(Tuple.of(requestId, at.atOffset(ZoneOffset.UTC), new JsonObject(receipt.toString()), signature))
                .chain(() -> alongside.write(connection)));
    }

    /** The request and, once done, its receipt and signature. */
    public Uni<Optional<Receipt>> receipt(UUID requestId) {
        return database.preparedQuery(RECEIPT).execute(Tuple.of(requestId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            String receipt = row.getString("receipt");
            return Optional.of(new Receipt(view(row), receipt == null ? null : read(receipt), row.getString("signature")));
        });
    }

    public record Receipt(ErasureView request, JsonNode receipt, String signature) {
    }

    static ErasureView view(Row row) {
        UUID id = row.getUUID("id");
        return new ErasureView(id, row.getString("status"), row.getString("source"), row.getOffsetDateTime("requested_at").toInstant(),
                row.getOffsetDateTime("due_at").toInstant(),
                row.getOffsetDateTime("completed_at") == null ? null : row.getOffsetDateTime("completed_at").toInstant(),
                "/erasures/" + id + "/receipt");
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
