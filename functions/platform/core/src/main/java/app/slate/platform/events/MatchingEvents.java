package app.slate.platform.events;

import static app.slate.platform.events.Subscriber.MATCHING;

import java.util.UUID;

/** Matching's own work items: reindex pages, which the matching API and worker put straight on the matching queue. */
public final class MatchingEvents {

    public static final String AGGREGATE = "match-index";

    public static final EventType<ReindexPage> REINDEX_PAGE =
            EventType.routed("matching.reindex.page", AGGREGATE, ReindexPage.class, MATCHING);

    private MatchingEvents() {
    }

    /** One page of a reindex: embed the {@code what} ("talent" or "roles") whose ids follow {@code after} (null: from the start). */
    public record ReindexPage(String what, UUID after) {
    }
}
