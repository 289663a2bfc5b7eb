package app.slate.scripts;

import app.slate.platform.blocking.Await;
import app.slate.scripts.breakdown.ScriptBreakdown;
import app.slate.scripts.draft.RoleDraft;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The scripts and script_role_drafts rows this function writes (casting-api owns the rest of their life). */
@ApplicationScoped
public class ScriptRows {

    private static final String CLAIM = """
            UPDATE scripts SET status = 'ANALYSING' WHERE id = $1 AND status IN ('QUEUED', 'ANALYSING')
            RETURNING project_id, title, format, source_key""";
    private static final String FAIL = "UPDATE scripts SET status = 'FAILED', failure = $2, analysed_at = $3 WHERE id = $1";
    private static final String COMPLETE = """
            UPDATE scripts SET status = 'READY', scenes = $2, characters = $3, drafted_by = $4, analysed_at = $5, failure = NULL
            WHERE id = $1 AND status = 'ANALYSING'""";
    private static final String DRAFT = """
            INSERT INTO script_role_drafts (id, script_id, character_name, position, kind, age_min, age_max, gender, description, status, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'DRAFT', $10) ON CONFLICT (script_id, character_name) DO NOTHING""";

    /** What the analysis needs of a script it has claimed. */
    public record Claimed(UUID projectId, String title, String format, String sourceKey) {
    }

    private final Pool database;
    private final ObjectMapper json;

    public ScriptRows(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The script, marked as being analysed; null once it is READY or FAILED (a repeated message). */
    public Claimed claim(UUID scriptId) {
        RowSet<Row> rows = database.preparedQuery(CLAIM).execute(Tuple.of(scriptId)).await().atMost(Await.LIMIT);
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        return new Claimed(row.getUUID("project_id"), row.getString("title"), row.getString("format"), row.getString("source_key"));
    }

    public void fail(UUID scriptId, String reason) {
        database.preparedQuery(FAIL).execute(Tuple.of(scriptId, reason.length() > 500 ? reason.substring(0, 500) : reason, now()))
                .await().atMost(Await.LIMIT);
    }

    /** The breakdown and the drafts, in one transaction. */
    public void complete(UUID scriptId, ScriptBreakdown breakdown, List<RoleDraft> drafts, String draftedBy) {
        JsonObject characters = new JsonObject().put("items", new JsonArray(json.convertValue(breakdown.characters(), List.class)));
        database.withTransaction(tx -> tx.preparedQuery(COMPLETE)
                        .execute(Tuple.of(scriptId, breakdown.scenes().size(), characters, draftedBy, now()))
                        .chain(() -> tx.preparedQuery(DRAFT).executeBatch(drafts.stream().map(d -> Tuple.from(new Object[] {
                                UUID.randomUUID(), scriptId, d.characterName(), d.position(), d.kind(), d.ageMin(), d.ageMax(),
                                d.gender(), d.description(), now()})).toList())))
                .await().atMost(Await.LIMIT);
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
