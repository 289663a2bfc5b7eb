package app.slate.media.api.playback;

import app.slate.media.MediaKind;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Everything a player needs until {@code expiresAt}. A video comes as HLS: one media playlist
 * per rendition, each already rewritten so that every segment line is a signed URL (load one
 * into the player as text, e.g. through a Blob URL). Other kinds come as one signed {@code url}.
 */
public record PlaybackView(UUID assetId, MediaKind kind, Instant expiresAt, String url, String thumbnailUrl,
                           List<Rendition> renditions) {

    public record Rendition(String name, int width, int height, long bandwidth, String playlist) {
    }
}
