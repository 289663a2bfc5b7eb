package app.slate.search.indexer;

import app.slate.platform.events.TalentEvents;
import app.slate.platform.outbox.EventEnvelope;
import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchIndices;
import app.slate.platform.search.VersionedWrite;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;

/**
 * Keeps the talent index in step with profile events. Every write carries the profile's
 * version as an external version, so OpenSearch itself refuses an event older than what it
 * holds: events may arrive late or twice, the index still ends on the newest state.
 */
@ApplicationScoped
public class TalentIndexer {

    private static final Logger LOG = Logger.getLogger(TalentIndexer.class);

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SearchIndices indices;

    public TalentIndexer(OpenSearchClient openSearch, SearchConfig config, SearchIndices indices) {
        this.openSearch = openSearch;
        this.config = config;
        this.indices = indices;
    }

    public void apply(EventEnvelope event) {
        indices.ensureTalentIndex();
        JsonNode payload = event.payload();
        String id = required(payload, "profileId").asText();
        long version = required(payload, "version").asLong();
        switch (event.type()) {
            case TalentEvents.PROFILE_CHANGED -> {
                JsonNode document = payload.path("document");
                if (payload.path("published").asBoolean(false) && document.isObject()) {
                    index(id, version, document);
                } else {
                    remove(id, version);
                }
            }
            case TalentEvents.PROFILE_DELETED -> remove(id, version);
            default -> LOG.warnf("Ignoring event %s of unexpected type %s", event.id(), event.type());
        }
    }

    private void index(String id, long version, JsonNode document) {
        VersionedWrite.run("indexing talent", id, version, () -> openSearch.index(i -> i.index(config.talentIndex()).id(id)
                .document(document).versionType(VersionType.External).version(version)));
    }

    /** Unpublished and deleted profiles leave search; the version keeps an older change from bringing them back. */
    private void remove(String id, long version) {
        VersionedWrite.run("removing talent", id, version, () -> openSearch.delete(d -> d.index(config.talentIndex()).id(id)
                .versionType(VersionType.External).version(version)));
    }

    static JsonNode required(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("event without " + field);
        }
        return value;
    }
}
