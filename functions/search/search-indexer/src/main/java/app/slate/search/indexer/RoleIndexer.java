package app.slate.search.indexer;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchIndices;
import app.slate.platform.search.VersionedWrite;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;

/**
 * Keeps the role board in step with role events: a listed role is indexed, any other state
 * (draft, closed, invited-only) removes it. Versions order the writes, as for talent.
 */
@ApplicationScoped
public class RoleIndexer {

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SearchIndices indices;

    public RoleIndexer(OpenSearchClient openSearch, SearchConfig config, SearchIndices indices) {
        this.openSearch = openSearch;
        this.config = config;
        this.indices = indices;
    }

    public void changed(CastingEvents.RoleChanged changed) {
        indices.ensureRoleIndex();
        String id = TalentIndexer.required(changed.roleId(), "roleId").toString();
        long version = changed.version();
        JsonNode document = changed.document();
        if (changed.listed() && document != null && document.isObject()) {
            VersionedWrite.run("indexing role", id, version, () -> openSearch.index(i -> i.index(config.roleIndex()).id(id)
                    .document(document).versionType(VersionType.External).version(version)));
        } else {
            VersionedWrite.run("removing role", id, version, () -> openSearch.delete(d -> d.index(config.roleIndex()).id(id)
                    .versionType(VersionType.External).version(version)));
        }
    }
}
