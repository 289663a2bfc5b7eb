package app.slate.media.api.upload;

import app.slate.media.MediaAsset;
import app.slate.media.MediaConfig;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Storage an account holds: every asset not rejected, by its measured size once known, and
 * uploads whose URL may still be used, by their declared size (so that many URLs asked for at
 * once cannot overshoot the quota by much). Call inside a session.
 */
@ApplicationScoped
public class StorageQuota {

    private final MediaConfig config;

    public StorageQuota(MediaConfig config) {
        this.config = config;
    }

    public Uni<Void> reserve(String ownerId, long sizeBytes) {
        Instant liveUploadsSince = Instant.now().minus(UploadSigner.LONGEST).minusSeconds(60);
        return MediaAsset.find("""
                        select coalesce(sum(coalesce(sizeBytes, declaredBytes)), 0) from MediaAsset
                        where ownerId = ?1 and status in ('PROCESSING', 'READY', 'FAILED')
                           or ownerId = ?1 and status = 'AWAITING_UPLOAD' and createdAt > ?2""", ownerId, liveUploadsSince)
                .project(Long.class).<Long>firstResult()
                .invoke(used -> {
                    if (used + sizeBytes > config.quotaBytes()) {
                        throw new ProblemException(Problem.of("storage-quota-exceeded", "Storage quota exceeded", 409,
                                "This upload needs " + sizeBytes + " bytes; " + Math.max(0, config.quotaBytes() - used)
                                        + " of your " + config.quotaBytes() + " are free. Delete media you no longer need.",
                                List.of()));
                    }
                }).replaceWithVoid();
    }
}
