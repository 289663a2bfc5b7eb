package app.slate.talent.profile;

import app.slate.platform.events.TalentEvents;
import app.slate.platform.outbox.Outbox;
import app.slate.talent.portfolio.PortfolioItem;
import app.slate.talent.search.TalentDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Records profile events in the outbox, inside the caller's transaction. */
@ApplicationScoped
public class ProfileEvents {

    private final Outbox outbox;
    private final ObjectMapper json;

    public ProfileEvents(Outbox outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /** Flushes first, so that the event carries the version the change was written with. */
    public Uni<Void> changed(TalentProfile profile, List<PortfolioItem> portfolio) {
        return Panache.flush().chain(() -> {
            TalentDocument searchable = TalentDocument.of(profile, portfolio);
            JsonNode document = profile.published ? json.valueToTree(searchable) : null;
            return outbox.record(TalentEvents.PROFILE_CHANGED, profile.id.toString(), new TalentEvents.ProfileChanged(profile.id,
                    profile.ownerId, profile.version, profile.published, document, searchable.completeness()));
        }).replaceWithVoid();
    }

    /** The deletion is one version past the last change, so that it outranks every earlier event. */
    public Uni<Void> deleted(TalentProfile profile) {
        return outbox.record(TalentEvents.PROFILE_DELETED, profile.id.toString(),
                new TalentEvents.ProfileDeleted(profile.id, profile.ownerId, profile.version + 1)).replaceWithVoid();
    }
}
