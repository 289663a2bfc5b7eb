package app.slate.media.ingest;

import app.slate.media.MediaKind;
import app.slate.media.MediaStatus;
import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * media-ingest's reads and writes of asset rows, in plain SQL (blocking: the Lambda handler
 * thread waits). A write never moves an asset backwards: a transcoder that answered before this
 * function recorded its findings keeps the asset ready.
 */
@ApplicationScoped
public class AssetRows {

    private final Pool database;

    public AssetRows(Pool database) {
        this.database = database;
    }

    public record Pending(UUID id, String ownerId, MediaKind kind, MediaStatus status, String declaredType, long declaredBytes) {
    }

    /** What was measured; {@code status} is where the asset goes if it is still awaiting its upload. */
    public record Findings(MediaStatus status, String originalKey, String detectedType, long sizeBytes, String sha256,
                           Integer width, Integer height, Long durationMs, Long perceptualHash, UUID duplicateOf,
                           boolean locationRemoved, String thumbnailKey, String failureReason) {
    }

    public Optional<Pending> find(UUID id) {
        RowIterator<Row> rows = database.preparedQuery(
                        "SELECT id, owner_id, kind, status, declared_type, declared_bytes FROM media_assets WHERE id = $1")
                .execute(Tuple.of(id)).await().atMost(Await.LIMIT).iterator();
        if (!rows.hasNext()) {
            return Optional.empty();
        }
        Row row = rows.next();
        return Optional.of(new Pending(row.getUUID("id"), row.getString("owner_id"), MediaKind.valueOf(row.getString("kind")),
                MediaStatus.valueOf(row.getString("status")), row.getString("declared_type"), row.getLong("declared_bytes")));
    }

    /** The oldest ready image of another account that looks the same, if any. */
    public Optional<UUID> sameImageElsewhere(String ownerId, long perceptualHash, int maxDistance) {
        RowIterator<Row> rows = database.preparedQuery("""
                        SELECT id FROM media_assets
                        WHERE perceptual_hash IS NOT NULL AND owner_id <> $1 AND status = 'READY'
                          AND bit_count((perceptual_hash # $2)::bit(64)) <= $3
                        ORDER BY created_at LIMIT 1""")
                .execute(Tuple.of(ownerId, perceptualHash, maxDistance)).await().atMost(Await.LIMIT).iterator();
        return rows.hasNext() ? Optional.of(rows.next().getUUID("id")) : Optional.empty();
    }

    public void record(UUID id, Findings f) {
        database.preparedQuery("""
                        UPDATE media_assets SET
                            status = CASE WHEN status = 'AWAITING_UPLOAD' THEN $2 ELSE status END,
                            original_key = $3, detected_type = $4, size_bytes = $5, sha256 = $6, width = $7, height = $8,
                            duration_ms = $9, perceptual_hash = $10, duplicate_of = $11, location_removed = $12,
                            thumbnail_key = COALESCE(thumbnail_key, $13), failure_reason = $14,
                            version = version + 1, updated_at = now()
                        WHERE id = $1""")
                .execute(Tuple.from(new Object[] {id, f.status().name(), f.originalKey(), f.detectedType(), f.sizeBytes(), f.sha256(),
                        f.width(), f.height(), f.durationMs(), f.perceptualHash(), f.duplicateOf(), f.locationRemoved(),
                        f.thumbnailKey(), f.failureReason()}))
                .await().atMost(Await.LIMIT);
    }
}
