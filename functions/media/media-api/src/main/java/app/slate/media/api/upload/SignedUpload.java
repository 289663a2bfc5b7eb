package app.slate.media.api.upload;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to an upload request: send {@code method} to {@code url} with exactly these
 * headers and the declared number of bytes before {@code expiresAt}; S3 refuses anything else.
 * Progress then shows on {@code GET /media/{assetId}}.
 */
public record SignedUpload(UUID assetId, String method, String url, Map<String, String> headers, Instant expiresAt) {
}
