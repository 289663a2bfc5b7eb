package app.slate.media;

import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One uploaded file and what was measured of it; see V4__media.sql. */
@Entity
@Table(name = "media_assets")
public class MediaAsset extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", updatable = false)
    public String ownerId;

    @Enumerated(EnumType.STRING)
    public MediaKind kind;

    @Enumerated(EnumType.STRING)
    public MediaStatus status;

    @Column(name = "declared_type", updatable = false)
    public String declaredType;

    @Column(name = "declared_bytes", updatable = false)
    public long declaredBytes;

    @Column(name = "file_name", updatable = false)
    public String fileName;

    @Column(name = "upload_key", updatable = false)
    public String uploadKey;

    @Column(name = "original_key")
    public String originalKey;

    @Column(name = "detected_type")
    public String detectedType;

    @Column(name = "size_bytes")
    public Long sizeBytes;

    public String sha256;

    /** The size as seen, after the orientation; the stored pixels' size is {@code pixelWidth} × {@code pixelHeight}. */
    public Integer width;

    public Integer height;

    @Column(name = "pixel_width")
    public Integer pixelWidth;

    @Column(name = "pixel_height")
    public Integer pixelHeight;

    /** EXIF orientation, 1 (upright) to 8; a video's quarter turns as 6, 3 or 8. */
    public Integer orientation;

    @Column(name = "duration_ms")
    public Long durationMs;

    /** dHash of an image, for finding the same picture uploaded by someone else. */
    @Column(name = "perceptual_hash")
    public Long perceptualHash;

    @Column(name = "duplicate_of")
    public UUID duplicateOf;

    @Column(name = "location_removed")
    public boolean locationRemoved;

    @Column(name = "thumbnail_key")
    public String thumbnailKey;

    @Column(name = "playlist_key")
    public String playlistKey;

    @JdbcTypeCode(SqlTypes.JSON)
    public Renditions renditions;

    @Column(name = "transcode_job_id")
    public String transcodeJobId;

    @Column(name = "failure_reason")
    public String failureReason;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean ready() {
        return status == MediaStatus.READY;
    }

    /** The asset, unless it does not exist or its owner deleted it. */
    public static Uni<MediaAsset> byId(UUID id) {
        return find("id = ?1 and status <> ?2", id, MediaStatus.DELETED).firstResult();
    }

    /**
     * An owner's assets, newest first, optionally of one kind and status, before a time (paging back).
     * Call inside a session.
     */
    public static Uni<List<MediaAsset>> ownedBy(String ownerId, MediaKind kind, MediaStatus status, Instant before, int limit) {
        StringBuilder query = new StringBuilder("ownerId = :owner and status <> :deleted");
        Map<String, Object> parameters = new HashMap<>(Map.of("owner", ownerId, "deleted", MediaStatus.DELETED));
        if (kind != null) {
            query.append(" and kind = :kind");
            parameters.put("kind", kind);
        }
        if (status != null) {
            query.append(" and status = :status");
            parameters.put("status", status);
        }
        if (before != null) {
            query.append(" and createdAt < :before");
            parameters.put("before", before);
        }
        return find(query + " order by createdAt desc, id", parameters).page(0, limit).list();
    }

    /**
     * The id of the oldest ready image of another account within {@code maxDistance} bits of this
     * dHash, or null. The uploader's own copies that were themselves found to be another's picture
     * count as that picture: a resized copy of a copy may be nearer the copy than the original.
     * Call inside a session.
     */
    public static Uni<UUID> sameImageElsewhere(String ownerId, long perceptualHash, int maxDistance) {
        return Panache.getSession().chain(session -> session.createNativeQuery("""
                        SELECT * FROM media_assets
                        WHERE perceptual_hash IS NOT NULL AND status = 'READY'
                          AND (owner_id <> :owner OR duplicate_of IS NOT NULL)
                          AND bit_count((perceptual_hash # :hash)::bit(64)) <= :distance
                        ORDER BY created_at LIMIT 1""", MediaAsset.class)
                .setParameter("owner", ownerId).setParameter("hash", perceptualHash).setParameter("distance", maxDistance)
                .getResultList())
                .map(found -> found.isEmpty() ? null : found.get(0).duplicateOf != null ? found.get(0).duplicateOf : found.get(0).id);
    }

    /**
     * An asset that {@code ownerId} may link somewhere (a portfolio item, a self-tape, sides):
     * theirs, verified and of one of the given kinds; otherwise a 400 naming {@code field}.
     * Call inside a session.
     */
    public static Uni<MediaAsset> linkable(String ownerId, UUID id, Set<MediaKind> kinds, String field) {
        return MediaAsset.byId(id).invoke(asset -> {
            if (asset == null || !asset.ownerId.equals(ownerId)) {
                throw ProblemException.invalid(field, "must be a media asset you uploaded");
            }
            if (!kinds.contains(asset.kind)) {
                throw ProblemException.invalid(field, "must be " + kinds.stream().map(k -> k.name().toLowerCase()).sorted()
                        .reduce((a, b) -> a + " or " + b).orElseThrow() + ", not " + asset.kind.name().toLowerCase());
            }
            if (!asset.ready()) {
                throw ProblemException.invalid(field, "must be ready; this upload is " + asset.status.name().toLowerCase());
            }
        });
    }
}
