package app.slate.media.api.asset;

import app.slate.media.MediaAsset;
import app.slate.media.MediaKind;
import app.slate.media.MediaStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * An asset as its owner sees it: what was declared, what the checks measured, and why it was
 * rejected or failed. {@code width} and {@code height} are as the picture is seen;
 * {@code pixelWidth} and {@code pixelHeight} as its pixels are stored, {@code orientation} (EXIF,
 * 1 to 8) turning one into the other. {@code possibleDuplicate} says the same image was uploaded
 * first by another account; whose stays with the moderators.
 */
public record AssetView(UUID id, MediaKind kind, MediaStatus status, String contentType, String fileName,
                        long declaredBytes, Long sizeBytes, String sha256, Integer width, Integer height,
                        Integer pixelWidth, Integer pixelHeight, Integer orientation, Long durationMs, boolean locationRemoved, boolean possibleDuplicate, String failureReason,
                        Instant createdAt, Instant updatedAt) {

    public static AssetView of(MediaAsset a) {
        return new AssetView(a.id, a.kind, a.status, a.declaredType, a.fileName, a.declaredBytes, a.sizeBytes, a.sha256,
                a.width, a.height, a.pixelWidth, a.pixelHeight, a.orientation, a.durationMs, a.locationRemoved, a.duplicateOf != null, a.failureReason,
                a.createdAt, a.updatedAt);
    }
}
