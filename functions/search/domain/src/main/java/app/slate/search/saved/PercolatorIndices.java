package app.slate.search.saved;

import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchIndices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The indices that hold saved searches as percolator queries: each has the mapping of what its
 * searches find (talents.json, roles.json), so a stored query is parsed exactly as the live search
 * would be, plus the query itself and who it belongs to. Made on first use, like the others.
 */
@ApplicationScoped
public class PercolatorIndices {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SearchConfig config;
    private final SearchIndices indices;
    private final Set<SearchKind> ready = ConcurrentHashMap.newKeySet();

    public PercolatorIndices(SearchConfig config, SearchIndices indices) {
        this.config = config;
        this.indices = indices;
    }

    /** The kind's index, created (or its mapping grown) the first time this instance uses it. */
    public String ensure(SearchKind kind) {
        String index = kind == SearchKind.TALENT ? config.savedTalentSearchIndex() : config.savedRoleSearchIndex();
        if (!ready.contains(kind)) {
            indices.ensure(index, body(kind));
            ready.add(kind);
        }
        return index;
    }

    /** The index body: the kind's mapping, plus the percolator query and who it belongs to. */
    public static String body(SearchKind kind) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(SearchIndices.read(kind == SearchKind.TALENT ? "opensearch/talents.json" : "opensearch/roles.json"));
            ObjectNode properties = (ObjectNode) body.path("mappings").path("properties");
            properties.putObject("query").put("type", "percolator");
            properties.putObject("searchId").put("type", "keyword");
            properties.putObject("searchOwner").put("type", "keyword");
            properties.putObject("searchVersion").put("type", "long");
            properties.putObject("searchPaused").put("type", "boolean");
            return body.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mapping of " + kind + " searches", e);
        }
    }
}
