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

    /**
     * What was measured; {@code status} is where the asset goes if it is still awaiting its upload.
     * Width and height are as seen; the picture's stored size and orientation come with them.
     */
    public record Findings(MediaStatus status, String originalKey, String detectedType, long sizeBytes, String sha256,
                           Picture picture, Long durationMs, Long perceptualHash, UUID duplicateOf,
                           boolean locationRemoved, String thumbnailKey, String failureReason) {
    }

    /** A picture's size as seen and as stored, and the EXIF orientation between them. */
    public record Picture(Integer width, Integer height, Integer pixelWidth, Integer pixelHeight, Integer orientation) {

        public static final Picture NONE = new Picture(null, null, null, null, null);

        /** A video's clockwise quarter turns, as the EXIF orientation that means the same. */
        public static Picture ofVideo(Integer width, Integer height, Integer pixelWidth, Integer pixelHeight, int rotation) {
            int orientation = switch (rotation) {
                case 90 -> 6;
                case 180 -> 3;
                case 270 -> 8;
                default -> 1;
            };
            return new Picture(width, height, pixelWidth, pixelHeight, width == null ? null : orientation);
        }
    }

    public Optional<Pending> find(UUID id) {
        MediaAsset asset = HandlerTransaction.run(() -> MediaAsset.byId(id));
        return Optional.ofNullable(asset).map(a -> new Pending(a.id, a.ownerId, a.kind, a.status, a.declaredType, a.declaredBytes));
    }

    /** The oldest ready image of another account that looks the same, if any. */
    public Optional<UUID> sameImageElsewhere(String ownerId, long perceptualHash, int maxDistance) {
        return Optional.ofNullable(HandlerTransaction.run(() -> MediaAsset.sameImageElsewhere(ownerId, perceptualHash, maxDistance)));
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
            asset.width = f.picture().width();
            asset.height = f.picture().height();
            asset.pixelWidth = f.picture().pixelWidth();
            asset.pixelHeight = f.picture().pixelHeight();
            asset.orientation = f.picture().orientation();
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
