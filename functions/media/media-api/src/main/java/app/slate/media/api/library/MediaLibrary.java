package app.slate.media.api.library;

import app.slate.casting.reads.SubmittedMedia;
import app.slate.casting.reads.SubmittedMedia.Citation;
import app.slate.media.MediaAsset;
import app.slate.media.MediaKind;
import app.slate.media.MediaStatus;
import app.slate.media.api.asset.AssetView;
import app.slate.media.api.upload.StorageQuota;
import app.slate.media.reads.MediaObjects;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * A person's own media: what they hold, against what their plan allows, and deleting what they no
 * longer need. An asset a live submission cites (a sent self-tape, a portfolio item submitted) or
 * that their portfolio shows is kept until that ends, and the refusal says where it is used.
 */
@ApplicationScoped
public class MediaLibrary {

    private static final Logger LOG = Logger.getLogger(MediaLibrary.class);

    /** A page of the caller's assets, their storage, and where the next (older) page starts. */
    public record Library(List<AssetView> items, StorageQuota.Usage usage, Instant nextBefore) {
    }

    private final StorageQuota quota;
    private final TalentReads talent;
    private final SubmittedMedia submitted;
    private final MediaObjects objects;

    public MediaLibrary(StorageQuota quota, TalentReads talent, SubmittedMedia submitted, MediaObjects objects) {
        this.quota = quota;
        this.talent = talent;
        this.submitted = submitted;
        this.objects = objects;
    }

    public Uni<Library> of(Caller caller, MediaKind kind, MediaStatus status, Instant before, int limit) {
        return Panache.withSession(() -> MediaAsset.ownedBy(caller.userId(), kind, status, before, limit))
                .chain(assets -> quota.of(caller.userId()).map(usage -> new Library(assets.stream().map(AssetView::of).toList(), usage,
                        assets.size() < limit ? null : assets.get(assets.size() - 1).createdAt)));
    }

    /**
     * Deletes the asset and every object it left, freeing its storage at once: the row is marked
     * deleted first (so it counts and shows nowhere), the objects go, then the row. Deleting an asset
     * whose objects could not all be removed the first time finishes the job.
     */
    public Uni<Void> delete(Caller caller, UUID id) {
        return Panache.withSession(() -> MediaAsset.<MediaAsset>findById(id)).chain(asset -> {
            if (asset == null || !asset.ownerId.equals(caller.userId())) {
                return Uni.createFrom().failure(ProblemException.notFound("Media asset not found"));
            }
            Uni<Void> marked = asset.status == MediaStatus.DELETED ? Uni.createFrom().voidItem() : refuseIfUsed(id).chain(() ->
                    Panache.withTransaction(() -> MediaAsset.<MediaAsset>findById(id).invoke(fresh -> {
                        fresh.status = MediaStatus.DELETED;
                        fresh.updatedAt = Instant.now();
                    })).replaceWithVoid());
            return marked.chain(() -> OffLoop.call(() -> objects.delete(id)))
                    .invoke(count -> LOG.infof("Media asset %s deleted by its owner with its %d object(s)", id, count))
                    .chain(() -> Panache.withTransaction(() -> MediaAsset.deleteById(id))).replaceWithVoid();
        });
    }

    private Uni<Void> refuseIfUsed(UUID id) {
        return talent.itemsShowing(id).chain(items -> submitted.citing(id, items.stream()
                        .collect(Collectors.toMap(TalentReads.ItemShowing::itemId, TalentReads.ItemShowing::profileId)))
                .invoke(citations -> {
                    if (!citations.isEmpty() || !items.isEmpty()) {
                        throw inUse(citations, items);
                    }
                })).replaceWithVoid();
    }

    private static ProblemException inUse(List<Citation> citations, List<TalentReads.ItemShowing> items) {
        List<FieldError> uses = new ArrayList<>();
        for (Citation citation : citations) {
            uses.add(new FieldError("submissions/" + citation.submissionId(), "your submission to \"" + citation.roleName()
                    + "\" shows it as " + citation.citedAs() + "; withdraw the submission first"));
        }
        for (TalentReads.ItemShowing item : items) {
            uses.add(new FieldError("portfolio/" + item.itemId(), "your portfolio shows it; remove the item first"));
        }
        return new ProblemException(Problem.of("media-in-use", "Media in use", 409,
                "This asset is in use and is kept until it is not: " + uses.size() + " use(s) listed.", uses));
    }
}
