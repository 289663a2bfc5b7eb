package app.slate.media.api.playback;

import app.slate.media.MediaAsset;
import app.slate.media.MediaKind;
import app.slate.media.MediaStatus;
import app.slate.media.reads.MediaKeys;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Minors;
import app.slate.platform.auth.OwnerIds;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.events.AuditAction;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Signed playback of a ready asset for whoever may see it. Everyone else, and anyone asking for
 * an asset that is not ready, is told it does not exist; only its owner learns it is not ready yet.
 */
@ApplicationScoped
public class PlaybackService {

    private final PlaybackAccess access;
    private final SignedPlaylists signed;
    private final TalentReads talent;
    private final AuditTrail audit;

    public PlaybackService(PlaybackAccess access, SignedPlaylists signed, TalentReads talent, AuditTrail audit) {
        this.access = access;
        this.signed = signed;
        this.talent = talent;
        this.audit = audit;
    }

    public Uni<PlaybackView> play(UUID assetId, Optional<Caller> viewer) {
        return Panache.withSession(() -> MediaAsset.byId(assetId)).chain(asset -> asset == null ? notFound()
                : access.mayPlay(asset, viewer).chain(allowed -> {
                    if (!allowed) {
                        return notFound();
                    }
                    if (!asset.ready()) {
                        return viewer.isPresent() && viewer.get().mayReach(asset.ownerId)
                                ? Uni.createFrom().failure(ProblemException.conflict(asset.status == MediaStatus.TAKEN_DOWN
                                        ? "Moderators took this asset down: " + asset.failureReason
                                        : "This asset is " + asset.status.name().toLowerCase() + ", not ready to play."))
                                : notFound();
                    }
                    return audited(asset, viewer).chain(() -> OffLoop.call(() -> view(asset)));
                }));
    }

    /** Playing a minor's media, by anyone but the minor (or their guardian), goes in the audit log. */
    private Uni<Void> audited(MediaAsset asset, Optional<Caller> viewer) {
        if (viewer.isPresent() && viewer.get().userId().equals(asset.ownerId)) {
            return Uni.createFrom().voidItem();
        }
        return talent.isMinor(asset.ownerId, Minors.ADULT_AGE).chain(minor -> minor
                ? audit.recordRead(viewer, AuditAction.MINOR_MEDIA_VIEWED, OwnerIds.account(asset.ownerId).orElse(null), "media:" + asset.id,
                        "played " + asset.kind.name().toLowerCase() + " of a minor")
                : Uni.createFrom().voidItem());
    }

    private static Uni<PlaybackView> notFound() {
        return Uni.createFrom().failure(ProblemException.notFound("Media asset not found"));
    }

    private PlaybackView view(MediaAsset asset) {
        Instant expiresAt = Instant.now().plus(signed.ttl());
        String thumbnail = asset.thumbnailKey == null ? null : signed.signedGet(asset.thumbnailKey);
        if (asset.kind != MediaKind.VIDEO) {
            return new PlaybackView(asset.id, asset.kind, expiresAt, signed.signedGet(asset.originalKey), thumbnail, List.of());
        }
        String folder = MediaKeys.hlsFolder(asset.id);
        List<PlaybackView.Rendition> renditions = asset.renditions.items().stream()
                .map(r -> new PlaybackView.Rendition(r.name(), r.width(), r.height(), r.bandwidth(),
                        signed.mediaPlaylist(folder + r.playlist())))
                .toList();
        return new PlaybackView(asset.id, asset.kind, expiresAt, null, thumbnail, renditions);
    }
}
