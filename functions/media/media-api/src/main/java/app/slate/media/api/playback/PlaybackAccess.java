package app.slate.media.api.playback;

import app.slate.casting.reads.SubmittedMedia;
import app.slate.media.MediaAsset;
import app.slate.messaging.reads.SharedMessages;
import app.slate.platform.auth.Caller;
import app.slate.talent.reads.TalentReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Who may play an asset: its owner and admins; anyone, when it is an item of a published
 * profile's portfolio; and the casting team of a project it was submitted to, as a portfolio item
 * cited by a live submission or as a self-tape; and the people in a conversation where it is attached
 * to a message (not deleted, not removed). Talent says which items show the asset, casting
 * whose team may see them; media only decides.
 */
@ApplicationScoped
public class PlaybackAccess {

    private final TalentReads talent;
    private final SubmittedMedia submitted;
    private final SharedMessages messages;

    public PlaybackAccess(TalentReads talent, SubmittedMedia submitted, SharedMessages messages) {
        this.talent = talent;
        this.submitted = submitted;
        this.messages = messages;
    }

    public Uni<Boolean> mayPlay(MediaAsset asset, Optional<Caller> viewer) {
        if (viewer.isPresent() && viewer.get().mayReach(asset.ownerId)) {
            return Uni.createFrom().item(true);
        }
        return talent.itemsShowing(asset.id).chain(items -> {
            if (items.stream().anyMatch(TalentReads.ItemShowing::profilePublished)) {
                return Uni.createFrom().item(true);
            }
            if (viewer.isEmpty()) {
                return Uni.createFrom().item(false);
            }
            Map<UUID, UUID> shown = items.stream()
                    .collect(Collectors.toMap(TalentReads.ItemShowing::itemId, TalentReads.ItemShowing::profileId));
            return submitted.teamMayPlay(viewer.get(), asset.id, shown)
                    .chain(team -> team ? Uni.createFrom().item(true) : messages.attachedFor(viewer.get(), asset.id));
        });
    }
}
