package app.slate.media.transcode;

import app.slate.media.MediaAsset;
import app.slate.media.MediaKind;
import app.slate.media.MediaStatus;
import app.slate.media.Renditions;
import app.slate.media.reads.MediaKeys;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Applies a job's outcome to its video. The job's reference is the asset's id, and only a video
 * whose job is running (PROCESSING) moves: a late or out-of-order callback for an asset already
 * ready or failed changes nothing; one for a video whose job Slate has not started (still awaiting
 * its upload, or the ingest has not yet recorded the job) is refused with 409, not recorded, so
 * the provider's retry is applied once the job is Slate's.
 */
@ApplicationScoped
public class TranscodeOutcomes {

    private static final Logger LOG = Logger.getLogger(TranscodeOutcomes.class);

    @WithTransaction
    public Uni<Void> apply(TranscodeCallback callback) {
        UUID assetId;
        try {
            assetId = UUID.fromString(callback.jobReference());
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalid("jobReference", "is not a job Slate started"));
        }
        return MediaAsset.byId(assetId).invoke(asset -> {
            if (asset == null || asset.kind != MediaKind.VIDEO) {
                throw ProblemException.invalid("jobReference", "is not a job Slate started");
            }
            if (asset.status == MediaStatus.AWAITING_UPLOAD) {
                throw ProblemException.conflict("No transcoding job of Slate's is running for this video yet; retry later.");
            }
            if (asset.status != MediaStatus.PROCESSING) {
                LOG.infof("Transcode callback for %s ignored: the asset is already %s", asset.id, asset.status);
                return;
            }
            if (callback.status() == TranscodeCallback.Status.COMPLETED) {
                if (callback.masterPlaylist() == null || callback.renditions() == null || callback.renditions().isEmpty()) {
                    throw ProblemException.invalid("renditions", "a completed job names its master playlist and renditions");
                }
                String folder = MediaKeys.hlsFolder(asset.id);
                asset.status = MediaStatus.READY;
                asset.playlistKey = folder + callback.masterPlaylist();
                asset.thumbnailKey = callback.thumbnail() == null ? asset.thumbnailKey : folder + callback.thumbnail();
                asset.renditions = new Renditions(callback.renditions().stream()
                        .map(r -> new Renditions.Rendition(r.name(), r.playlist(), r.width(), r.height(), r.bandwidth())).toList());
            } else {
                asset.status = MediaStatus.FAILED;
                asset.failureReason = callback.reason() == null ? "The transcoder gave no reason." : callback.reason();
            }
            asset.transcodeJobId = callback.jobReference();
            asset.updatedAt = Instant.now();
        }).replaceWithVoid();
    }
}
