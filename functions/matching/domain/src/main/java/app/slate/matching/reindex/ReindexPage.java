package app.slate.matching.reindex;

import java.util.UUID;

/** One page of a reindex: embed the {@code what} ("talent" or "roles") whose ids follow {@code after} (null: from the start). */
public record ReindexPage(String what, UUID after) {

    public static final String TYPE = "matching.reindex.page";
    public static final String AGGREGATE = "match-index";
}
