package app.slate.trust.audit;

import app.slate.platform.events.AuditAction;
import app.slate.platform.events.AuditEvents.ActionRecorded;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the audit log as long as configured ({@code slate.retention.audit}, template: AuditRetention,
 * two years by default) and no longer. Entries older than that go from the start of the chain: the
 * anchor moves first to the last entry removed (its seq and hash), in the same transaction and under
 * the chain's lock, so verification starts there and the chain after it still proves itself; the
 * removal is itself an entry of the log.
 */
@ApplicationScoped
public class AuditRetention {

    private static final String LAST_EXPIRED = "SELECT seq, hash FROM audit_log WHERE at < $1 ORDER BY seq DESC LIMIT 1";
    private static final String MOVE_ANCHOR = "UPDATE audit_anchor SET seq = $1, hash = $2 WHERE id = 1";
    private static final String REMOVE = "DELETE FROM audit_log WHERE seq <= $1";

    private final Pool database;
    private final AuditLog log;
    private final Duration retention;

    public AuditRetention(Pool database, AuditLog log, @ConfigProperty(name = "slate.retention.audit", defaultValue = "P730D") Duration retention) {
        this.database = database;
        this.log = log;
        this.retention = retention;
    }

    public Duration retention() {
        return retention;
    }

    /** Removes what is older than the retention at {@code now}; answers how many entries went. */
    public Uni<Integer> prune(Instant now) {
        Instant before = now.minus(retention);
        return database.withTransaction(connection -> connection.preparedQuery("SELECT pg_advisory_xact_lock($1)")
                .execute(Tuple.of(AuditLog.CHAIN_LOCK))
                .chain(() -> connection.preparedQuery(LAST_EXPIRED).execute(Tuple.of(before.atOffset(ZoneOffset.UTC))))
                .chain(rows -> {
                    if (rows.size() == 0) {
                        return Uni.createFrom().item(0);
                    }
                    Row last = rows.iterator().next();
                    long seq = last.getLong("seq");
                    return connection.preparedQuery(MOVE_ANCHOR).execute(Tuple.of(seq, last.getString("hash")))
                            .chain(() -> connection.preparedQuery(REMOVE).execute(Tuple.of(seq)))
                            .map(removed -> removed.rowCount());
                }))
                .call(removed -> removed == 0 ? Uni.createFrom().voidItem() : log.append(UUID.randomUUID(), new ActionRecorded(
                        AuditAction.AUDIT_LOG_PRUNED.code(), null, null, null, "audit-log",
                        "removed " + removed + " entries older than " + before, now, null, null)).replaceWithVoid());
    }
}
