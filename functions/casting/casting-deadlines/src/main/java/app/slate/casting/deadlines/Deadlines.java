package app.slate.casting.deadlines;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Closes open roles whose deadline has passed, each with its role-changed event written to the
 * outbox in the same statement (so the role board drops it), and expires self-tape requests
 * left unanswered past their deadline. Bounded per run; the next run takes the rest. A role
 * locked by an in-flight submission is closed once that submission commits: the submission saw
 * the role open before its deadline, and so was on time.
 */
@ApplicationScoped
public class Deadlines {

    private static final Duration DATABASE_TIMEOUT = Duration.ofSeconds(30);

    private static final String CLOSE_ROLES = """
            WITH closed AS (
                UPDATE casting_roles SET status = 'CLOSED', closed_reason = 'DEADLINE', version = version + 1, updated_at = now()
                WHERE id IN (SELECT id FROM casting_roles WHERE status = 'OPEN' AND deadline <= now()
                             ORDER BY deadline LIMIT $1 FOR UPDATE SKIP LOCKED)
                RETURNING id, version)
            INSERT INTO outbox_events (id, event_type, aggregate_type, aggregate_id, payload, occurred_at)
            SELECT gen_random_uuid(), 'casting.role.changed', 'casting-role', id::text,
                   jsonb_build_object('roleId', id, 'version', version, 'listed', false), now()
            FROM closed""";

    private static final String EXPIRE_SELF_TAPES = """
            UPDATE self_tape_requests SET status = 'EXPIRED', version = version + 1, updated_at = now()
            WHERE id IN (SELECT id FROM self_tape_requests WHERE status IN ('INVITED', 'CONFIRMED') AND deadline <= now()
                         ORDER BY deadline LIMIT $1 FOR UPDATE SKIP LOCKED)""";

    private final Pool database;

    public Deadlines(Pool database) {
        this.database = database;
    }

    public record Swept(int rolesClosed, int selfTapesExpired) {
    }

    /** Blocking: runs on the Lambda handler thread. */
    public Swept sweep(int batch) {
        int closed = database.preparedQuery(CLOSE_ROLES).execute(Tuple.of(batch)).await().atMost(DATABASE_TIMEOUT).rowCount();
        int expired = database.preparedQuery(EXPIRE_SELF_TAPES).execute(Tuple.of(batch)).await().atMost(DATABASE_TIMEOUT).rowCount();
        return new Swept(closed, expired);
    }
}
