package app.slate.platform.events;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.UUID;

/** The talent events on the wire, shared by the function that writes them and those that consume them. */
public final class TalentEvents {

    public static final String AGGREGATE = "talent-profile";
    public static final String PROFILE_CHANGED = "talent.profile.changed";
    public static final String PROFILE_DELETED = "talent.profile.deleted";

    private TalentEvents() {
    }

    /**
     * A profile after a change. {@code document} is its search document, present when the profile
     * is published; {@code version} orders changes, so a late event never overwrites a newer one.
     */
    public record ProfileChanged(UUID profileId, String ownerId, long version, boolean published, JsonNode document) {
    }

    public record ProfileDeleted(UUID profileId, String ownerId, long version) {
    }
}
