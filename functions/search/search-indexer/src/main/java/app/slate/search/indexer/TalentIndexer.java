package app.slate.search.indexer;

import app.slate.platform.events.TalentEvents;
import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchIndices;
import app.slate.platform.search.VersionedWrite;
import app.slate.search.saved.SearchAlerts;
import app.slate.search.saved.SearchKind;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;

/**
 * Keeps the talent index in step with profile events. Every write carries the profile's
 * version as an external version, so OpenSearch itself refuses an event older than what it
 * holds: events may arrive late or twice, the index still ends on the newest state.
 */
@ApplicationScoped
public class TalentIndexer {

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SearchIndices indices;
    private final SearchAlerts alerts;
    private final TalentStanding standing;

    public TalentIndexer(OpenSearchClient openSearch, SearchConfig config, SearchIndices indices, SearchAlerts alerts, TalentStanding standing) {
        this.openSearch = openSearch;
        this.config = config;
        this.indices = indices;
        this.alerts = alerts;
        this.standing = standing;
    }

    public void changed(TalentEvents.ProfileChanged changed) {
        indices.ensureTalentIndex();
        String id = required(changed.profileId(), "profileId").toString();
        if (changed.published() && changed.document() != null && changed.document().isObject()) {
            index(id, changed.version(), changed.document());
        } else {
            remove(id, changed.version());
        }
    }

    public void deleted(TalentEvents.ProfileDeleted deleted) {
        indices.ensureTalentIndex();
        remove(required(deleted.profileId(), "profileId").toString(), deleted.version());
    }

    /**
     * A profile is written with its owner's standing (see {@link TalentStanding}), then checked
     * against the saved talent searches (an older event that was skipped is not).
     */
    private void index(String id, long version, JsonNode profile) {
        JsonNode document = standing.added(profile);
        if (VersionedWrite.applied("indexing talent", id, version, () -> openSearch.index(i -> i.index(config.talentIndex()).id(id)
                .document(document).versionType(VersionType.External).version(version)))) {
            alerts.indexed(SearchKind.TALENT, UUID.fromString(id), document, document.path("displayName").asText(""));
        }
    }

    /** Unpublished and deleted profiles leave search; the version keeps an older change from bringing them back. */
    private void remove(String id, long version) {
        if (VersionedWrite.applied("removing talent", id, version, () -> openSearch.delete(d -> d.index(config.talentIndex()).id(id)
                .versionType(VersionType.External).version(version)))) {
            alerts.removed(UUID.fromString(id));
        }
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("event without " + field);
        }
        return value;
    }
}
