package app.slate.platform.search;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;

/**
 * Makes sure the talent and role indices exist, created from their definitions
 * (infra/opensearch/*.json, shipped in this jar) the first time a function needs it on a new domain. Checked once per
 * container, on first use rather than at init, so that a SnapStart snapshot holds no connection.
 */
@ApplicationScoped
public class SearchIndices {

    private static final String ALREADY_EXISTS = "resource_already_exists_exception";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private volatile boolean talentIndexReady;
    private volatile boolean roleIndexReady;

    public SearchIndices(OpenSearchClient openSearch, SearchConfig config) {
        this.openSearch = openSearch;
        this.config = config;
    }

    public void ensureTalentIndex() {
        if (talentIndexReady) {
            return;
        }
        synchronized (this) {
            if (!talentIndexReady) {
                create(config.talentIndex(), "opensearch/talents.json");
                talentIndexReady = true;
            }
        }
    }

    public void ensureRoleIndex() {
        if (roleIndexReady) {
            return;
        }
        synchronized (this) {
            if (!roleIndexReady) {
                create(config.roleIndex(), "opensearch/roles.json");
                roleIndexReady = true;
            }
        }
    }

    private void create(String index, String definition) {
        try {
            ensure(index, read(definition));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the definition of index " + index, e);
        }
    }

    /** Creates the index from {@code body} if missing, and gives it any field the body added since. */
    public void ensure(String index, String body) {
        createIfMissing(index, body);
        try {
            addNewFields(index, body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update the mapping of index " + index, e);
        }
    }

    /**
     * Gives an index made from an older definition the fields added since (mappings only grow:
     * OpenSearch takes new fields and refuses changed ones). Its documents gain them when next written.
     */
    private void addNewFields(String index, String body) throws IOException {
        String mappings = JSON.readTree(body).path("mappings").toString();
        try (Response updated = openSearch.generic().execute(Requests.builder().method("PUT").endpoint("/" + index + "/_mapping")
                .json(mappings).build())) {
            if (updated.getStatus() >= 300) {
                throw new IllegalStateException("updating the mapping of " + index + " failed: " + updated.getStatus() + " "
                        + updated.getBody().map(Body::bodyAsString).orElse(""));
            }
        }
    }

    /** Creates an index from its JSON body unless it exists; another function creating it first is fine. */
    public void createIfMissing(String index, String body) {
        try {
            if (openSearch.indices().exists(e -> e.index(index)).value()) {
                return;
            }
            try (Response created = openSearch.generic().execute(Requests.builder().method("PUT").endpoint("/" + index)
                    .json(body).build())) {
                String answer = created.getBody().map(Body::bodyAsString).orElse("");
                if (created.getStatus() >= 300 && !answer.contains(ALREADY_EXISTS)) {
                    throw new IllegalStateException("creating index " + index + " failed: " + created.getStatus() + " " + answer);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot check or create index " + index, e);
        }
    }

    public static String read(String resource) throws IOException {
        try (InputStream in = SearchIndices.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
