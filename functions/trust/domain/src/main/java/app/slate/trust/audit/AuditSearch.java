package app.slate.trust.audit;

import app.slate.trust.audit.AuditView.Party;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** Admins' search of the audit log, newest first, with what is sealed opened for people not erased. */
@ApplicationScoped
public class AuditSearch {

    private static final String SEARCH = """
            SELECT l.seq, l.at, l.action, l.actor, l.acting_guardian, l.subject, l.target_kind, l.sealed_object, l.sealed_source,
                   l.request_id, l.hash,
                   a.account_id AS actor_id, a.seal_key AS actor_key, g.account_id AS guardian_id,
                   s.account_id AS subject_id, s.seal_key AS subject_key
              FROM audit_log l
              LEFT JOIN audit_people a ON a.pseudonym = l.actor
              LEFT JOIN audit_people g ON g.pseudonym = l.acting_guardian
              LEFT JOIN audit_people s ON s.pseudonym = l.subject
             WHERE ($1::uuid IS NULL OR l.actor = (SELECT pseudonym FROM audit_people WHERE account_id = $1))
               AND ($2::uuid IS NULL OR l.subject = (SELECT pseudonym FROM audit_people WHERE account_id = $2))
               AND ($3::text IS NULL OR l.action = $3)
               AND ($4::timestamptz IS NULL OR l.at >= $4)
               AND ($5::timestamptz IS NULL OR l.at < $5)
               AND ($6::bigint IS NULL OR l.seq < $6)
             ORDER BY l.seq DESC
             LIMIT $7""";

    private final Pool database;
    private final ObjectMapper json;

    public AuditSearch(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    public Uni<List<AuditView>> find(AuditQuery query) {
        Tuple parameters = Tuple.from(new Object[] {query.actorId(), query.subjectId(), query.action(),
                query.from() == null ? null : query.from().atOffset(ZoneOffset.UTC), query.to() == null ? null : query.to().atOffset(ZoneOffset.UTC),
                query.before(), query.limit()});
        return database.preparedQuery(SEARCH).execute(parameters).map(rows -> {
            List<AuditView> views = new ArrayList<>();
            rows.forEach(row -> views.add(view(row)));
            return views;
        });
    }

    private AuditView view(Row row) {
        String sealedObject = row.getString("sealed_object");
        boolean sealedBySubject = row.getString("subject") != null;
        byte[] objectKey = key(row, sealedBySubject ? "subject_key" : "actor_key");
        // An action about nobody, by Slate itself, is kept in the clear (there is no one to seal it for).
        String object = row.getString("subject") == null && row.getString("actor") == null ? sealedObject
                : Seal.open(objectKey, sealedObject).orElse(null);
        JsonNode parts = parse(object);
        return new AuditView(row.getLong("seq"), row.getOffsetDateTime("at").toInstant(), row.getString("action"),
                party(row, "actor", "actor_id"), party(row, "acting_guardian", "guardian_id"), party(row, "subject", "subject_id"),
                row.getString("target_kind"), text(parts, "target"), text(parts, "detail"),
                Seal.open(key(row, row.getString("actor") != null ? "actor_key" : "subject_key"), row.getString("sealed_source")).orElse(null),
                row.getString("request_id"),
                row.getString("hash"));
    }

    private static Party party(Row row, String pseudonymColumn, String idColumn) {
        if (row.getString(pseudonymColumn) == null) {
            return null;
        }
        return new Party(row.getUUID(idColumn), row.getUUID(idColumn) == null);
    }

    private static byte[] key(Row row, String column) {
        var buffer = row.getBuffer(column);
        return buffer == null ? null : buffer.getBytes();
    }

    private JsonNode parse(String object) {
        if (object == null) {
            return null;
        }
        try {
            return json.readTree(object);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode parts, String field) {
        return parts == null || !parts.hasNonNull(field) ? null : parts.get(field).asText();
    }
}
