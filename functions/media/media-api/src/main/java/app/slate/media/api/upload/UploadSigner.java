package app.slate.media.api.upload;

import app.slate.media.MediaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Signs a single PUT of one object. The content type and the content length are signed
 * headers, so S3 rejects a request that sends another type or another number of bytes, and the
 * signature lapses after the TTL (capped at five minutes whatever the configuration says).
 */
@ApplicationScoped
public class UploadSigner {

    static final Duration LONGEST = Duration.ofMinutes(5);

    private final S3Presigner presigner;
    private final MediaConfig config;

    public UploadSigner(S3Presigner presigner, MediaConfig config) {
        this.presigner = presigner;
        this.config = config;
    }

    public SignedUpload sign(UUID assetId, String key, String contentType, long sizeBytes) {
        Duration ttl = config.uploadUrlTtl().compareTo(LONGEST) > 0 ? LONGEST : config.uploadUrlTtl();
        return sign(assetId, key, contentType, sizeBytes, ttl);
    }

    /** With an explicit lifetime: the expiry test signs for one second. */
    public SignedUpload sign(UUID assetId, String key, String contentType, long sizeBytes, Duration ttl) {
        PresignedPutObjectRequest signed = presigner.presignPutObject(p -> p.signatureDuration(ttl)
                .putObjectRequest(put -> put.bucket(config.bucket()).key(key).contentType(contentType).contentLength(sizeBytes)));
        Map<String, String> headers = Map.of("Content-Type", contentType, "Content-Length", Long.toString(sizeBytes));
        return new SignedUpload(assetId, "PUT", signed.url().toString(), headers, signed.expiration());
    }
}
