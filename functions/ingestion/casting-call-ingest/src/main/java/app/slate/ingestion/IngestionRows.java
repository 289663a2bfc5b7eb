package app.slate.ingestion;

import app.slate.platform.blocking.Await;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The ingestion tables as this function reads and writes them (casting-api reviews the drafts). */
@ApplicationScoped
public class IngestionRows {

    /** How far back a new call is compared with existing ones: casting calls rarely run longer. */
    private static final int RECENT_DAYS = 90;

    /** A message waiting to be read. */
    public record Received(UUID id, String body, String contentHash) {
    }

    /** A draft's vector, for near-duplicate search. */
    public record Known(UUID id, float[] embedding) {
    }

    private final Pool database;

    public IngestionRows(Pool database) {
        this.database = database;
    }

    /** Stores a raw message that came straight from the queue; its id is derived from the SQS message, so a redelivery is a no-op. */
    public void store(UUID id, String source, String sourceRef, String body, String contentHash) {
        database.preparedQuery("""
                        INSERT INTO ingestion_messages (id, source, source_ref, body, content_hash, status, received_at)
                        VALUES ($1, $2, $3, $4, $5, 'RECEIVED', $6) ON CONFLICT (id) DO NOTHING""")
                .execute(Tuple.of(id, source, sourceRef, body, contentHash, now())).await().atMost(Await.LIMIT);
    }

    /** The message, while nothing has been made of it yet. */
    public Received received(UUID id) {
        var rows = database.preparedQuery("SELECT id, body, content_hash FROM ingestion_messages WHERE id = $1 AND status = 'RECEIVED'")
                .execute(Tuple.of(id)).await().atMost(Await.LIMIT);
        if (rows.size() == 0) {
            return null;
        }
        Row row = rows.iterator().next();
        return new Received(row.getUUID("id"), row.getString("body"), row.getString("content_hash"));
    }

    /** The draft made from a message with the same fingerprint, if any. */
    public UUID draftWithHash(String contentHash) {
        var rows = database.preparedQuery("SELECT id FROM casting_call_drafts WHERE content_hash = $1")
                .execute(Tuple.of(contentHash)).await().atMost(Await.LIMIT);
        return rows.size() == 0 ? null : rows.iterator().next().getUUID("id");
    }

    public List<Known> recentDrafts() {
        List<Known> known = new ArrayList<>();
        database.preparedQuery("SELECT id, embedding FROM casting_call_drafts WHERE created_at > now() - make_interval(days => $1) AND status <> 'REJECTED'")
                .execute(Tuple.of(RECENT_DAYS)).await().atMost(Await.LIMIT).forEach(row -> {
                    Float[] stored = row.getArrayOfFloats("embedding");
                    float[] vector = new float[stored.length];
                    for (int i = 0; i < stored.length; i++) {
                        vector[i] = stored[i];
                    }
                    known.add(new Known(row.getUUID("id"), vector));
                });
        return known;
    }

    /** The message repeats a known call: it points at the draft, which counts one more sighting. */
    public void duplicate(UUID messageId, UUID draftId, Double similarity) {
        database.withTransaction(tx -> tx.preparedQuery("""
                                UPDATE ingestion_messages SET status = 'DUPLICATE', draft_id = $2, similarity = $3, processed_at = $4
                                WHERE id = $1 AND status = 'RECEIVED'""")
                        .execute(Tuple.of(messageId, draftId, similarity == null ? null : BigDecimal.valueOf(similarity).setScale(3, RoundingMode.HALF_UP), now()))
                        .chain(updated -> updated.rowCount() == 0 ? Uni.createFrom().voidItem()
                                : tx.preparedQuery("UPDATE casting_call_drafts SET duplicates = duplicates + 1 WHERE id = $1")
                                        .execute(Tuple.of(draftId)).replaceWithVoid()))
                .await().atMost(Await.LIMIT);
    }

    public void notACall(UUID messageId) {
        database.preparedQuery("UPDATE ingestion_messages SET status = 'NOT_A_CALL', processed_at = $2 WHERE id = $1 AND status = 'RECEIVED'")
                .execute(Tuple.of(messageId, now())).await().atMost(Await.LIMIT);
    }

    /** The new draft, pending review, and the message marked as its source, in one transaction. */
    public UUID draft(UUID messageId, String contentHash, CastingCallExtraction c, float[] embedding) {
        UUID id = UUID.randomUUID();
        Float[] vector = new Float[embedding.length];
        for (int i = 0; i < embedding.length; i++) {
            vector[i] = embedding[i];
        }
        Object[] values = {id, messageId, contentHash, c.title() == null ? "Untitled casting call" : c.title(), c.company(),
                c.projectType(), c.city(), c.country(), c.startsOn(), c.endsOn(),
                c.deadline() == null ? null : c.deadline().atOffset(ZoneOffset.UTC), c.ageMin(), c.ageMax(),
                new JsonObject().put("items", new JsonArray(c.genders())), c.payAmount(), c.payCurrency(), c.payPeriod(), c.payText(),
                c.requirements(), c.contact(), c.description() == null ? "" : c.description(),
                BigDecimal.valueOf(c.quality()).setScale(2, RoundingMode.HALF_UP), vector, now()};
        database.withTransaction(tx -> tx.preparedQuery("""
                                INSERT INTO casting_call_drafts (id, message_id, content_hash, title, company, project_type, city, country,
                                    starts_on, ends_on, deadline, age_min, age_max, genders, pay_amount, pay_currency, pay_period, pay_text,
                                    requirements, contact, description, quality, embedding, status, created_at, version)
                                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21,
                                    $22, $23, 'PENDING', $24, 1)""").execute(Tuple.from(values))
                        .chain(() -> tx.preparedQuery("UPDATE ingestion_messages SET status = 'DRAFTED', draft_id = $2, processed_at = $3 WHERE id = $1")
                                .execute(Tuple.of(messageId, id, now()))))
                .await().atMost(Await.LIMIT);
        return id;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
