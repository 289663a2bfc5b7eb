package app.slate.notifications.schedule;

import app.slate.platform.blocking.Await;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Messages that wait for their time (owner of {@code notification_schedule}). The worker plans
 * them; the schedule function sweeps those that are due. A row is open until a sweep claims it,
 * and an open row is unique by its key: planning the same key again moves it, and gathering into
 * it adds to it. A claimed row that fails is retried with backoff under a lease, so two sweeps
 * never take it at once, and given up after {@link #MAX_ATTEMPTS}. Blocking: called on a Lambda
 * handler thread.
 */
@ApplicationScoped
public class Schedule {

    public static final int MAX_ATTEMPTS = 5;

    /** Long enough for one sweep to send its batch; a sweep that died gives its rows back after it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final String PLAN = """
            INSERT INTO notification_schedule (id, kind, key, due_at, payload) VALUES ($1, $2, $3, $4, $5::text::jsonb)
            ON CONFLICT (key) WHERE claimed_at IS NULL AND done_at IS NULL
            DO UPDATE SET due_at = excluded.due_at, payload = excluded.payload""";

    /** The first entry fixes when the row is due; later ones only join it (or replace their own earlier copy). */
    private static final String GATHER = """
            INSERT INTO notification_schedule (id, kind, key, due_at, payload)
            VALUES ($1, $2, $3, $4, jsonb_build_object('entries', jsonb_build_object($5::text, $6::text::jsonb)))
            ON CONFLICT (key) WHERE claimed_at IS NULL AND done_at IS NULL
            DO UPDATE SET payload = jsonb_set(notification_schedule.payload, array['entries', $5::text], $6::text::jsonb)""";

    private static final String UNGATHER = """
            UPDATE notification_schedule SET payload = payload #- array['entries', $2::text]
            WHERE key = $1 AND claimed_at IS NULL AND done_at IS NULL""";

    private static final String CANCEL = """
            UPDATE notification_schedule SET done_at = now(), outcome = 'CANCELLED'
            WHERE key = $1 AND done_at IS NULL""";

    private static final String CLAIM = """
            UPDATE notification_schedule SET claimed_at = COALESCE(claimed_at, now()), lease_until = now() + $2::int * interval '1 second',
                attempts = attempts + 1
            WHERE id IN (SELECT id FROM notification_schedule
                         WHERE done_at IS NULL AND due_at <= $3 AND (lease_until IS NULL OR lease_until < now())
                         ORDER BY due_at LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, kind, key, due_at, payload::text AS payload, attempts""";

    private static final String DONE = "UPDATE notification_schedule SET done_at = now(), outcome = $2, last_error = $3 WHERE id = $1";

    private static final String RETRY = """
            UPDATE notification_schedule SET lease_until = now() + $2::int * interval '1 second', last_error = $3 WHERE id = $1""";

    private final Pool database;
    private final ObjectMapper json;

    public Schedule(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Plans (or moves) the message under this key; {@code payload} waits with it as JSON. */
    public void plan(Waiting kind, String key, Instant dueAt, Object payload) {
        database.preparedQuery(PLAN).execute(Tuple.of(UUID.randomUUID(), kind.name(), key, dueAt.atOffset(ZoneOffset.UTC), write(payload)))
                .await().atMost(Await.LIMIT);
    }

    /**
     * Adds one entry to the row gathering under this key ({@code {"entries": {id: entry}}}), or
     * starts it, due at {@code dueAt}. An entry given twice (a redelivered event) is one entry.
     */
    public void gather(Waiting kind, String key, Instant dueAt, String entryId, Object entry) {
        database.preparedQuery(GATHER).execute(Tuple.from(new Object[] {UUID.randomUUID(), kind.name(), key,
                dueAt.atOffset(ZoneOffset.UTC), entryId, write(entry)})).await().atMost(Await.LIMIT);
    }

    /** Takes one entry back out of the row still gathering under this key (a row already sent keeps it). */
    public void ungather(String key, String entryId) {
        database.preparedQuery(UNGATHER).execute(Tuple.of(key, entryId)).await().atMost(Await.LIMIT);
    }

    /** A due row's payload, read back as what was planned. */
    public <T> T payload(Due due, Class<T> type) {
        try {
            return json.readValue(due.payload(), type);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException(due.kind() + " " + due.id() + " cannot be read back as " + type.getSimpleName(), unreadable);
        }
    }

    /** Whatever is still waiting under this key will not go. */
    public void cancel(String key) {
        database.preparedQuery(CANCEL).execute(Tuple.of(key)).await().atMost(Await.LIMIT);
    }

    /** Up to {@code limit} rows due by {@code asOf} (the sweep's scheduled time), each leased to this sweep. */
    public List<Due> claimDue(Instant asOf, int limit) {
        List<Due> due = new ArrayList<>();
        Tuple claim = Tuple.of(limit, (int) LEASE.toSeconds(), asOf.atOffset(ZoneOffset.UTC));
        for (Row row : database.preparedQuery(CLAIM).execute(claim).await().atMost(Await.LIMIT)) {
            due.add(new Due(row.getUUID("id"), Waiting.valueOf(row.getString("kind")), row.getString("key"),
                    row.getOffsetDateTime("due_at").toInstant(), row.getString("payload"), row.getInteger("attempts")));
        }
        return due;
    }

    /** Handed to its channel (the delivery log says what became of it there). */
    public void sent(UUID id) {
        finish(id, "SENT", null);
    }

    /** Tried again after a backoff that doubles from a minute, or given up after the last attempt. */
    public void failed(Due due, String error) {
        if (due.attempts() >= MAX_ATTEMPTS) {
            finish(due.id(), "FAILED", error);
            return;
        }
        long backoffSeconds = 60L << (due.attempts() - 1);
        database.preparedQuery(RETRY).execute(Tuple.of(due.id(), (int) backoffSeconds, shortened(error))).await().atMost(Await.LIMIT);
    }

    private void finish(UUID id, String outcome, String why) {
        database.preparedQuery(DONE).execute(Tuple.of(id, outcome, shortened(why))).await().atMost(Await.LIMIT);
    }

    private String write(Object payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a waiting message cannot be written as JSON", e);
        }
    }

    private static String shortened(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }
}
