package app.slate.indexer;

import app.slate.core.events.TalentEvents;
import app.slate.core.outbox.EventEnvelope;
import app.slate.core.search.SearchConfig;
import app.slate.core.search.SearchIndices;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jboss.logging.Logger;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * Keeps the talent index in step with profile events. Every write carries the profile's
 * version as an external version, so OpenSearch itself refuses an event older than what it
 * holds: events may arrive late or twice, the index still ends on the newest state.
 */
@ApplicationScoped
public class TalentIndexer {

    private static final Logger LOG = Logger.getLogger(TalentIndexer.class);
    private static final int CONFLICT = 409;
    private static final int NOT_FOUND = 404;

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
        write("indexing", id, version, () -> openSearch.index(i -> i.index(config.talentIndex()).id(id)
                .document(document).versionType(VersionType.External).version(version)));
    }

    /** Unpublished and deleted profiles leave search; the version keeps an older change from bringing them back. */
    private void remove(String id, long version) {
        write("removing", id, version, () -> openSearch.delete(d -> d.index(config.talentIndex()).id(id)
                .versionType(VersionType.External).version(version)));
    }

    private interface Write {
        void run() throws IOException;
    }

    /**
     * A version conflict means OpenSearch already holds this change or a newer one; a missing
     * document means there is nothing to remove. Both are success. The plain HTTP transport and
     * the SigV4 one report HTTP statuses differently, hence the two exception types.
     */
    private static void write(String action, String id, long version, Write write) {
        int status;
        try {
            write.run();
            return;
        } catch (OpenSearchException e) {
            status = e.status();
            if (status != CONFLICT && status != NOT_FOUND) {
                throw e;
            }
        } catch (ResponseException e) {
            status = e.status();
            if (status != CONFLICT && status != NOT_FOUND) {
                throw new UncheckedIOException(action + " talent " + id + " failed", e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(action + " talent " + id + " failed", e);
        }
        LOG.debugf("%s talent %s at version %d skipped: OpenSearch answered %d", action, id, version, status);
    }

    private static JsonNode required(JsonNode payload, String field) {
        JsonNode value = payload.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new IllegalArgumentException("talent event without " + field);
        }
        return value;
    }
}
