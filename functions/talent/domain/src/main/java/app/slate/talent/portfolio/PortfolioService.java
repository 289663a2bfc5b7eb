package app.slate.talent.portfolio;

import app.slate.media.MediaAsset;
import app.slate.media.MediaKind;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.profile.ProfileEvents;
import app.slate.talent.profile.ProfileService;
import app.slate.talent.profile.TalentProfile;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The caller's portfolio: ordered items with at most one primary headshot. Each change touches
 * the profile, so that it is re-indexed with its new headshot and completeness.
 */
@ApplicationScoped
public class PortfolioService {

    public static final int MAX_ITEMS = 50;

    private final ProfileEvents events;

    public PortfolioService(ProfileEvents events) {
        this.events = events;
    }

    @WithTransaction
    public Uni<PortfolioItemView> add(Caller caller, PortfolioItemInput input) {
        Uni<Void> media = input.mediaAssetId() == null ? Uni.createFrom().voidItem()
                : MediaAsset.linkable(caller.userId(), input.mediaAssetId(), Set.of(mediaKind(input.kind())), "mediaAssetId")
                        .replaceWithVoid();
        return media.chain(() -> change(caller, (profile, items) -> {
            if (items.size() >= MAX_ITEMS) {
                throw ProblemException.conflict("A portfolio holds at most " + MAX_ITEMS + " items.");
            }
            PortfolioItem item = new PortfolioItem();
            item.id = UUID.randomUUID();
            item.profileId = profile.id;
            item.kind = input.kind();
            item.title = input.title();
            item.mediaAssetId = input.mediaAssetId();
            item.externalUrl = input.externalUrl();
            item.position = items.size();
            item.createdAt = Instant.now();
            items.add(item);
            return item.<PortfolioItem>persist().map(PortfolioItemView::of);
        }));
    }

    /** What each kind of item must be made of: a headshot is an image, a reel a video... */
    static MediaKind mediaKind(PortfolioItem.Kind kind) {
        return switch (kind) {
            case HEADSHOT, PHOTO -> MediaKind.IMAGE;
            case REEL -> MediaKind.VIDEO;
            case VOICE_CLIP -> MediaKind.AUDIO;
            case RESUME -> MediaKind.DOCUMENT;
        };
    }

    @WithTransaction
    public Uni<Void> remove(Caller caller, UUID itemId) {
        return change(caller, (profile, items) -> {
            PortfolioItem item = find(items, itemId);
            items.remove(item);
            for (int i = 0; i < items.size(); i++) {
                items.get(i).position = i;
            }
            return item.delete();
        });
    }

    @WithTransaction
    public Uni<PortfolioItemView> makePrimary(Caller caller, UUID itemId) {
        return change(caller, (profile, items) -> {
            PortfolioItem chosen = find(items, itemId);
            if (chosen.kind != PortfolioItem.Kind.HEADSHOT) {
                throw ProblemException.invalid("itemId", "only a headshot can be the primary image");
            }
            // Clear the old primary first: the unique index allows one primary per profile at any moment.
            items.forEach(item -> item.primary = false);
            return PortfolioItem.update("primary = false where profileId = ?1", profile.id)
                    .invoke(() -> chosen.primary = true)
                    .map(ignored -> PortfolioItemView.of(chosen));
        });
    }

    @WithTransaction
    public Uni<List<PortfolioItemView>> reorder(Caller caller, PortfolioOrder order) {
        return change(caller, (profile, items) -> {
            Map<UUID, PortfolioItem> byId = items.stream().collect(Collectors.toMap(i -> i.id, Function.identity()));
            if (order.itemIds().size() != items.size() || !new HashSet<>(order.itemIds()).equals(byId.keySet())) {
                throw ProblemException.invalid("itemIds", "must list every item of the portfolio exactly once");
            }
            for (int i = 0; i < order.itemIds().size(); i++) {
                byId.get(order.itemIds().get(i)).position = i;
            }
            items.sort((a, b) -> Integer.compare(a.position, b.position));
            return Uni.createFrom().item(items.stream().map(PortfolioItemView::of).toList());
        });
    }

    private interface Change<T> {
        Uni<T> apply(TalentProfile profile, List<PortfolioItem> items);
    }

    private <T> Uni<T> change(Caller caller, Change<T> change) {
        return ProfileService.ownedBy(caller).chain(profile -> PortfolioItem.ofProfile(profile.id).chain(loaded -> {
            List<PortfolioItem> items = new java.util.ArrayList<>(loaded);
            return change.apply(profile, items).call(() -> {
                profile.touch();
                return events.changed(profile, items);
            });
        }));
    }

    private static PortfolioItem find(List<PortfolioItem> items, UUID itemId) {
        return items.stream().filter(i -> i.id.equals(itemId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("Portfolio item not found"));
    }
}
