package app.slate.media.api.upload;

import app.slate.identity.account.ActingTalent;
import app.slate.media.MediaAsset;
import app.slate.media.MediaConfig;
import app.slate.media.MediaFormat;
import app.slate.media.MediaStatus;
import app.slate.media.reads.MediaKeys;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Issues upload URLs: the format must be one Slate takes and within its kind's size limit, the
 * account's quota must hold it, and a minor's upload comes from their consenting guardian. The
 * asset is recorded first, awaiting its bytes; the key is the server's, never the client's.
 */
@ApplicationScoped
public class UploadService {

    private static final String ACCEPTED = Arrays.stream(MediaFormat.values())
            .map(MediaFormat::contentType).collect(Collectors.joining(", "));

    private final UploadSigner signer;
    private final StorageQuota quota;
    private final MediaConfig config;

    public UploadService(UploadSigner signer, StorageQuota quota, MediaConfig config) {
        this.signer = signer;
        this.quota = quota;
        this.config = config;
    }

    @WithTransaction
    public Uni<SignedUpload> start(Caller caller, UploadRequest request) {
        MediaFormat format = MediaFormat.ofContentType(request.contentType().strip())
                .orElseThrow(() -> ProblemException.invalid("contentType", "must be one of " + ACCEPTED));
        long limit = config.maxBytes(format.kind());
        if (request.sizeBytes() > limit) {
            throw ProblemException.invalid("sizeBytes", "must be at most " + limit + " bytes for " + format.kind().name().toLowerCase());
        }
        return ActingTalent.check(caller, "Uploads")
                .chain(() -> quota.reserve(caller.userId(), request.sizeBytes()))
                .chain(() -> {
                    MediaAsset asset = new MediaAsset();
                    asset.id = UUID.randomUUID();
                    asset.ownerId = caller.userId();
                    asset.kind = format.kind();
                    asset.status = MediaStatus.AWAITING_UPLOAD;
                    asset.declaredType = format.contentType();
                    asset.declaredBytes = request.sizeBytes();
                    asset.fileName = request.fileName();
                    asset.uploadKey = MediaKeys.upload(asset.id);
                    asset.createdAt = Instant.now();
                    asset.updatedAt = asset.createdAt;
                    return asset.<MediaAsset>persist();
                })
                .map(asset -> signer.sign(asset.id, asset.uploadKey, asset.declaredType, asset.declaredBytes));
    }
}
