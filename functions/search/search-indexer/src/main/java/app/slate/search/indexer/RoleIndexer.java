package app.slate.search.indexer;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchIndices;
import app.slate.platform.search.VersionedWrite;
import app.slate.search.saved.SearchAlerts;
import app.slate.search.saved.SearchKind;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.VersionType;

/**
 * Keeps the role board in step with role events: a listed role is indexed, any other state
 * (draft, closed, invited-only) removes it. Versions order the writes, as for talent. A role written
 * is checked against talent's saved role-board searches.
 */
@ApplicationScoped
public class RoleIndexer {

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SearchIndices indices;
    private final SearchAlerts alerts;

    public RoleIndexer(OpenSearchClient openSearch, SearchConfig config, SearchIndices indices, SearchAlerts alerts) {
        this.openSearch = openSearch;
        this.config = config;
        this.indices = indices;
        this.alerts = alerts;
    }

    public void changed(CastingEvents.RoleChanged changed) {
        indices.ensureRoleIndex();
        String id = TalentIndexer.required(changed.roleId(), "roleId").toString();
        long version = changed.version();
        JsonNode document = changed.document();
        if (changed.listed() && document != null && document.isObject()) {
            if (VersionedWrite.applied("indexing role", id, version, () -> openSearch.index(i -> i.index(config.roleIndex()).id(id)
                    .document(document).versionType(VersionType.External).version(version)))) {
                alerts.indexed(SearchKind.ROLE, changed.roleId(), document,
                        document.path("name").asText("") + " (" + document.path("projectTitle").asText("") + ")");
            }
        } else if (VersionedWrite.applied("removing role", id, version, () -> openSearch.delete(d -> d.index(config.roleIndex()).id(id)
                .versionType(VersionType.External).version(version)))) {
            alerts.removed(changed.roleId());
        }
    }
}
