package app.slate.media.ingest;

import app.slate.media.MediaAsset;
import app.slate.media.MediaKind;
import app.slate.media.MediaStatus;
import app.slate.platform.persistence.HandlerTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * media-ingest's reads and writes of assets, through the media domain's mapping (each a
 * transaction the Lambda handler thread waits for). A write never moves an asset backwards: a
 * transcoder that answered before this function recorded its findings keeps the asset ready.
 */
@ApplicationScoped
public class IngestedAssets {

    public record Pending(UUID id, String ownerId, MediaKind kind, MediaStatus status, String declaredType, long declaredBytes) {
    }

    /** What was measured; {@code status} is where the asset goes if it is still awaiting its upload. */
    public record Findings(MediaStatus status, String originalKey, String detectedType, long sizeBytes, String sha256,
                           Integer width, Integer height, Long durationMs, Long perceptualHash, UUID duplicateOf,
                           boolean locationRemoved, String thumbnailKey, String failureReason) {
    }

    public Optional<Pending> find(UUID id) {
        MediaAsset asset = HandlerTransaction.run(() -> MediaAsset.byId(id));
        return Optional.ofNullable(asset).map(a -> new Pending(a.id, a.ownerId, a.kind, a.status, a.declaredType, a.declaredBytes));
    }

    /** The oldest ready image of another account that looks the same, if any. */
    public Optional<UUID> sameImageElsewhere(String ownerId, long perceptualHash, int maxDistance) {
        MediaAsset same = HandlerTransaction.run(() -> MediaAsset.sameImageElsewhere(ownerId, perceptualHash, maxDistance));
        return Optional.ofNullable(same).map(a -> a.id);
    }

    /** What was measured, on the asset locked for the write; a thumbnail already made (by the transcoder) is kept. */
    public void record(UUID id, Findings f) {
        HandlerTransaction.run(() -> MediaAsset.<MediaAsset>findById(id, LockModeType.PESSIMISTIC_WRITE).invoke(asset -> {
            if (asset.status == MediaStatus.AWAITING_UPLOAD) {
                asset.status = f.status();
            }
            asset.originalKey = f.originalKey();
            asset.detectedType = f.detectedType();
            asset.sizeBytes = f.sizeBytes();
            asset.sha256 = f.sha256();
            asset.width = f.width();
            asset.height = f.height();
            asset.durationMs = f.durationMs();
            asset.perceptualHash = f.perceptualHash();
            asset.duplicateOf = f.duplicateOf();
            asset.locationRemoved = f.locationRemoved();
            asset.thumbnailKey = asset.thumbnailKey != null ? asset.thumbnailKey : f.thumbnailKey();
            asset.failureReason = f.failureReason();
            asset.updatedAt = Instant.now();
        }));
    }
}
