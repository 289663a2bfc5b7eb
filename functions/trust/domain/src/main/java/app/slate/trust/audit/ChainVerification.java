package app.slate.trust.audit;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * Recomputes the chain from the anchor through the last entry, in pages, and reports the first
 * link that does not hold: an entry changed, removed or put out of order.
 */
@ApplicationScoped
public class ChainVerification {

    private static final int PAGE = 2000;
    private static final String PAGE_AFTER = """
            SELECT seq, event_id, at, action, actor, acting_guardian, subject, target_kind, sealed_object, sealed_source,
                   request_id, previous_hash, hash
              FROM audit_log WHERE seq > $1 ORDER BY seq LIMIT $2""";

    private final Pool database;

    public ChainVerification(Pool database) {
        this.database = database;
    }

    public Uni<ChainReport> verify() {
        return database.query("SELECT seq, hash FROM audit_anchor WHERE id = 1").execute().chain(rows -> {
            Row anchor = rows.iterator().next();
            AuditChain.Walk walk = new AuditChain.Walk(anchor.getLong("seq"), anchor.getString("hash"));
            return walkFrom(walk, anchor.getLong("seq")).map(done -> new ChainReport(walk.broken() == null, walk.checked(),
                    anchor.getLong("seq"), walk.lastSeq(), walk.broken()));
        });
    }

    /** Reads page after page until the log ends or a link breaks. */
    private Uni<Void> walkFrom(AuditChain.Walk walk, long after) {
        return Multi.createBy().repeating().uni(() -> new long[] {after}, cursor -> page(cursor[0]).invoke(entries -> {
                    for (AuditEntry entry : entries) {
                        if (!walk.next(entry)) {
                            break;
                        }
                        cursor[0] = entry.seq();
                    }
                }))
                .until(entries -> entries.isEmpty() || walk.broken() != null)
                .collect().last().replaceWithVoid();
    }

    private Uni<List<AuditEntry>> page(long after) {
        return database.preparedQuery(PAGE_AFTER).execute(Tuple.of(after, PAGE)).map(rows -> {
            List<AuditEntry> entries = new ArrayList<>();
            rows.forEach(row -> entries.add(new AuditEntry(row.getLong("seq"), row.getUUID("event_id"),
                    row.getOffsetDateTime("at").toInstant(), row.getString("action"), row.getString("actor"),
                    row.getString("acting_guardian"), row.getString("subject"), row.getString("target_kind"),
                    row.getString("sealed_object"), row.getString("sealed_source"), row.getString("request_id"),
                    row.getString("previous_hash"), row.getString("hash"))));
            return entries;
        });
    }
}
