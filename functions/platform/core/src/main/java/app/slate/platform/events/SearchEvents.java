package app.slate.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * Saved searches' alerts, decided by the search indexer when it writes a profile or a role (by
 * percolation) and delivered by notifications at the owner's chosen pace. A match is announced once
 * per search and object; one that stops matching before its digest goes is withdrawn from it.
 */
public final class SearchEvents {

    public static final String AGGREGATE = "saved-search";

    public static final EventType<SearchMatched> MATCHED =
            EventType.routed("search.saved-search-matched", AGGREGATE, SearchMatched.class, Subscriber.NOTIFICATIONS);
    public static final EventType<SearchUnmatched> UNMATCHED =
            EventType.routed("search.saved-search-unmatched", AGGREGATE, SearchUnmatched.class, Subscriber.NOTIFICATIONS);

    /**
     * {@code kind}: TALENT (a profile matched a casting director's search) or ROLE (a role matched a
     * talent's); {@code frequency}: INSTANT, DAILY or WEEKLY; {@code title} names the object in the alert.
     */
    public record SearchMatched(UUID searchId, UUID ownerId, String searchName, String kind, String frequency, UUID objectId,
                                String title, Instant matchedAt) {
    }

    public record SearchUnmatched(UUID searchId, UUID ownerId, UUID objectId) {
    }

    private SearchEvents() {
    }
}
