package app.slate.casting.lists;

import app.slate.casting.reads.Access;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A talent list as its team sees it: {@code access} is the caller's; {@code talent} holds only
 * profiles that are published and shown now (a hidden or unpublished one comes back when it does).
 */
public record TalentListView(UUID id, String name, boolean mine, Access access, List<UUID> projectIds, int size, List<ListedTalent> talent,
                             Instant createdAt, Instant updatedAt) {

    public record ListedTalent(UUID profileId, String displayName, String note, Instant addedAt) {
    }
}
