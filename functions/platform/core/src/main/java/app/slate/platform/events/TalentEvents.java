package app.slate.platform.events;

import static app.slate.platform.events.Subscriber.MATCHING;
import static app.slate.platform.events.Subscriber.NOTIFICATIONS;
import static app.slate.platform.events.Subscriber.SEARCH_INDEXER;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** The talent events on the wire, written by talent-api. */
public final class TalentEvents {

    public static final String AGGREGATE = "talent-profile";

    public static final EventType<ProfileChanged> PROFILE_CHANGED =
            EventType.routed("talent.profile.changed", AGGREGATE, ProfileChanged.class, SEARCH_INDEXER, MATCHING, NOTIFICATIONS);
    public static final EventType<ProfileDeleted> PROFILE_DELETED =
            EventType.routed("talent.profile.deleted", AGGREGATE, ProfileDeleted.class, SEARCH_INDEXER, MATCHING);

    private TalentEvents() {
    }

    /**
     * A profile after a change. {@code document} is its search document, present when the profile
     * is published; {@code version} orders changes, so a late event never overwrites a newer one.
     */
    /** {@code document} is the search document while published; {@code completeness} (0-100) is always there. */
    public record ProfileChanged(UUID profileId, String ownerId, long version, boolean published, JsonNode document, int completeness) {
    }

    public record ProfileDeleted(UUID profileId, String ownerId, long version) {
    }
}
