package app.slate.matching.reads;

import app.slate.matching.index.MatchIndices;
import app.slate.matching.index.NearestNeighbours;
import app.slate.platform.ai.embedding.Embedder;
import app.slate.platform.search.SearchFilters;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.OpenSearchException;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The talent whose profile is nearest in meaning to a free text ("warm, funny, Shakespeare
 * trained, stage combat"), by the embeddings matching already keeps for every profile: talent
 * search blends these with its keyword relevance. The k-NN search is narrowed by the filters the
 * match index also holds (age, gender, country, languages), so that a narrow search still finds
 * neighbours among the people it can show.
 *
 * <p>Meaning is an addition to keywords, never a condition: when the model or the index cannot
 * answer (no index yet, Bedrock unreachable) the answer is empty and the search ranks by keywords.
 */
@ApplicationScoped
public class TalentsByMeaning {

    /** What the caller's filters say that the match index can apply too; null or empty means any. */
    public record Narrowing(Integer ageFrom, Integer ageTo, List<String> genders, String country, List<String> languages) {
    }

    private static final Logger LOG = Logger.getLogger(TalentsByMeaning.class);

    private final Embedder embedder;
    private final MatchIndices indices;
    private final NearestNeighbours neighbours;

    public TalentsByMeaning(Embedder embedder, MatchIndices indices, NearestNeighbours neighbours) {
        this.embedder = embedder;
        this.indices = indices;
        this.neighbours = neighbours;
    }

    /**
     * Up to {@code k} profile ids with the cosine similarity of their profile to {@code text}, most
     * similar first, leaving out those below {@code floor} (unrelated profiles are always somewhat similar).
     */
    public Map<String, Double> nearest(String text, Narrowing narrowing, int k, double floor) {
        float[] vector;
        List<NearestNeighbours.Hit> hits;
        try {
            vector = embedder.embed(text);
            hits = neighbours.similarities(indices.talents(), vector, k, filter(narrowing));
        } catch (OpenSearchException | UncheckedIOException | IllegalStateException e) {
            LOG.warnf("talent search ranks by keywords only: the meaning of the text could not be searched (%s)", e.getMessage());
            return Map.of();
        }
        Map<String, Double> nearest = new LinkedHashMap<>();
        hits.stream().filter(h -> h.similarity() >= floor).forEach(h -> nearest.put(h.id(), h.similarity()));
        return nearest;
    }

    static Query filter(Narrowing n) {
        List<Query> filters = new ArrayList<>();
        if (n.ageTo() != null) {
            filters.add(Query.of(f -> f.range(r -> r.field("ageMin").lte(JsonData.of(n.ageTo())))));
        }
        if (n.ageFrom() != null) {
            filters.add(Query.of(f -> f.range(r -> r.field("ageMax").gte(JsonData.of(n.ageFrom())))));
        }
        SearchFilters.anyOf(filters, "gender", n.genders());
        SearchFilters.equalTo(filters, "country", n.country());
        SearchFilters.allOf(filters, "languages", n.languages());
        return Query.of(q -> q.bool(b -> b.filter(filters)));
    }
}
