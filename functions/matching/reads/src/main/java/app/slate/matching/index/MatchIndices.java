package app.slate.matching.index;

import app.slate.platform.ai.embedding.Embedder;
import app.slate.platform.search.SearchIndices;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The talent and role match indices of the embedding model in use: their names end with the
 * model's key and their vectors have its dimension, so a new model writes new indices (filled
 * by the reindex command) and never mixes with the old one. Created on first use from
 * infra/opensearch/matching/*.json.
 */
@ApplicationScoped
public class MatchIndices {

    private final SearchIndices indices;
    private final MatchConfig config;
    private final Embedder embedder;
    private final ObjectMapper json;
    private volatile boolean ready;

    public MatchIndices(SearchIndices indices, MatchConfig config, Embedder embedder, ObjectMapper json) {
        this.indices = indices;
        this.config = config;
        this.embedder = embedder;
        this.json = json;
    }

    public String talents() {
        return config.talentIndex() + "-" + embedder.modelKey();
    }

    public String roles() {
        return config.roleIndex() + "-" + embedder.modelKey();
    }

    public void ensure() {
        if (ready) {
            return;
        }
        synchronized (this) {
            if (!ready) {
                indices.createIfMissing(talents(), definition("opensearch/matching/talent-matches.json"));
                indices.createIfMissing(roles(), definition("opensearch/matching/role-matches.json"));
                ready = true;
            }
        }
    }

    /** The stored definition with the vector dimension of the model in use, and the model recorded in {@code _meta}. */
    String definition(String resource) {
        try {
            ObjectNode body = (ObjectNode) json.readTree(SearchIndices.read(resource));
            ObjectNode mappings = (ObjectNode) body.path("mappings");
            ((ObjectNode) mappings.path("properties").path("embedding")).put("dimension", embedder.dimension());
            mappings.putObject("_meta").put("embeddingModel", embedder.modelKey());
            return json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
