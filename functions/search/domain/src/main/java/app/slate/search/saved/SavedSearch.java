package app.slate.search.saved;

import java.time.Instant;
import java.util.UUID;

/** A saved search as its owner sees it; {@code query} is the search's query string, as on GET /talents or GET /roles. */
public record SavedSearch(UUID id, SearchKind kind, String name, String query, AlertFrequency frequency, boolean paused,
                          Instant createdAt, Instant updatedAt) {
}
