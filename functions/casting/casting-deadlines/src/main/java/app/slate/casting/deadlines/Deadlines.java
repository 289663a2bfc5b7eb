package app.slate.casting.deadlines;

import app.slate.casting.reads.RoleListing;
import app.slate.platform.blocking.Await;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.outbox.Outbox;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Closes open roles whose deadline has passed, each with its role-changed event written to the
 * outbox in the same transaction (so the role board drops it), and expires self-tape requests
 * left unanswered past their deadline, each with the event that tells its talent. Bounded per run; the next run takes the rest. A role
 * locked by an in-flight submission is closed once that submission commits: the submission saw
 * the role open before its deadline, and so was on time.
 */
@ApplicationScoped
public class Deadlines {

    private static final String CLOSE_ROLES = """
            UPDATE casting_roles SET status = 'CLOSED', closed_reason = 'DEADLINE', version = version + 1, updated_at = now()
            WHERE id IN (SELECT id FROM casting_roles WHERE status = 'OPEN' AND deadline <= now()
                         ORDER BY deadline LIMIT $1 FOR UPDATE SKIP LOCKED)
            RETURNING id, version""";

    /** Each expired request with what its message needs: whose it is, the role, the project as talent may see it. */
    private static final String EXPIRE_SELF_TAPES = """
            WITH expired AS (
                UPDATE self_tape_requests SET status = 'EXPIRED', version = version + 1, updated_at = now()
                WHERE id IN (SELECT id FROM self_tape_requests WHERE status IN ('INVITED', 'CONFIRMED') AND deadline <= now()
                             ORDER BY deadline LIMIT $1 FOR UPDATE SKIP LOCKED)
                RETURNING id, submission_id, deadline)
            SELECT e.id, e.submission_id, e.deadline, s.talent_id, r.name AS role_name, p.title, p.project_type, p.confidential
            FROM expired e JOIN submissions s ON s.id = e.submission_id JOIN casting_roles r ON r.id = s.role_id
                JOIN projects p ON p.id = r.project_id""";

    private final Pool database;
    private final Outbox outbox;

    public Deadlines(Pool database, Outbox outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    public record Swept(int rolesClosed, int selfTapesExpired) {
    }

    /** Blocking: runs on the Lambda handler thread. */
    public Swept sweep(int batch) {
        int closed = database.withTransaction(connection -> connection.preparedQuery(CLOSE_ROLES).execute(Tuple.of(batch))
                .chain(rows -> {
                    Map<String, CastingEvents.RoleChanged> events = new LinkedHashMap<>();
                    for (Row row : rows) {
                        events.put(row.getUUID("id").toString(),
                                new CastingEvents.RoleChanged(row.getUUID("id"), row.getLong("version"), false, null));
                    }
                    return outbox.record(connection, CastingEvents.ROLE_CHANGED, events).replaceWith(events.size());
                })).await().atMost(Await.LIMIT);
        int expired = database.withTransaction(connection -> connection.preparedQuery(EXPIRE_SELF_TAPES).execute(Tuple.of(batch))
                .chain(rows -> {
                    Map<String, CastingEvents.SelfTapeExpired> events = new LinkedHashMap<>();
                    for (Row row : rows) {
                        events.put(row.getUUID("id").toString(), new CastingEvents.SelfTapeExpired(row.getUUID("id"),
                                row.getUUID("submission_id"), row.getString("role_name"),
                                RoleListing.publicTitle(row.getBoolean("confidential"), row.getString("project_type"), row.getString("title")),
                                row.getOffsetDateTime("deadline").toInstant(), List.of(row.getString("talent_id"))));
                    }
                    return outbox.record(connection, CastingEvents.SELF_TAPE_EXPIRED, events).replaceWith(events.size());
                })).await().atMost(Await.LIMIT);
        return new Swept(closed, expired);
    }
}
