package app.slate.matching.index;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;

/**
 * Filtered k-NN over a match index: the k nearest documents among those the filter admits (the
 * lucene engine applies the filter during the graph search, or searches the admitted documents
 * exactly when they are few). Vectors are left out of the answer unless asked for.
 */
@ApplicationScoped
public class NearestNeighbours {

    /** A document found, with the cosine similarity of its embedding to the query vector. */
    public record Hit(String id, double similarity, JsonNode source) {
    }

    private final OpenSearchClient openSearch;

    public NearestNeighbours(OpenSearchClient openSearch) {
        this.openSearch = openSearch;
    }

    public List<Hit> search(String index, float[] vector, int k, Query filter) {
        return search(index, vector, k, filter, false);
    }

    /** {@code withEmbeddings}: the documents' vectors come back too (about 4 KB a document at 384 dimensions). */
    public List<Hit> search(String index, float[] vector, int k, Query filter, boolean withEmbeddings) {
        return search(index, vector, k, filter, withEmbeddings ? Source.ALL : Source.WITHOUT_EMBEDDING);
    }

    /** Only the ids and similarities, no document: what a ranking needs. */
    public List<Hit> similarities(String index, float[] vector, int k, Query filter) {
        return search(index, vector, k, filter, Source.NONE);
    }

    private enum Source { ALL, WITHOUT_EMBEDDING, NONE }

    private List<Hit> search(String index, float[] vector, int k, Query filter, Source source) {
        List<Float> values = new ArrayList<>(vector.length);
        for (float v : vector) {
            values.add(v);
        }
        try {
            SearchResponse<JsonNode> response = openSearch.search(s -> s.index(index).size(k)
                    .source(src -> switch (source) {
                        case ALL -> src.fetch(true);
                        case WITHOUT_EMBEDDING -> src.filter(f -> f.excludes("embedding"));
                        case NONE -> src.fetch(false);
                    })
                    .query(q -> q.knn(knn -> knn.field("embedding").vector(values).k(k).filter(filter))), JsonNode.class);
            // The lucene engine scores cosine similarity as (1 + cos) / 2.
            return response.hits().hits().stream()
                    .map(h -> new Hit(h.id(), 2 * (h.score() == null ? 0.5 : h.score()) - 1, h.source())).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("k-NN search of " + index + " failed", e);
        }
    }

    /** One stored document (vectors included), or null. */
    public JsonNode get(String index, String id) {
        try {
            var found = openSearch.get(g -> g.index(index).id(id), JsonNode.class);
            return found.found() ? found.source() : null;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + id + " from " + index + " failed", e);
        }
    }
}
