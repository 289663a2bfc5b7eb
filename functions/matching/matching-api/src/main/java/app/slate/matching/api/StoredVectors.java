package app.slate.matching.api;

import app.slate.matching.index.MatchDocuments;
import app.slate.matching.index.MatchIndices;
import app.slate.matching.index.NearestNeighbours;
import app.slate.matching.talent.ProfileText;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.ai.embedding.Embedder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;

/**
 * The embedding of a profile or role: the one the worker stored when it is of the current
 * version, otherwise embedded now (a draft role, a profile not yet or no longer indexed, or an
 * event still on its way), so an answer never waits for the queue and never uses stale text.
 */
@ApplicationScoped
class StoredVectors {

    /** The vector to search with, and the stored document when it was current. */
    record Vectors(float[] embedding, JsonNode stored) {
    }

    private final NearestNeighbours search;
    private final MatchIndices indices;
    private final Embedder embedder;
    private final ObjectMapper json;

    StoredVectors(NearestNeighbours search, MatchIndices indices, Embedder embedder, ObjectMapper json) {
        this.json = json;
        this.search = search;
        this.indices = indices;
        this.embedder = embedder;
    }

    Vectors role(String id, long version, Supplier<String> text) {
        return current(indices.roles(), id, version, text);
    }

    Vectors talent(String id, long version, Supplier<String> text) {
        return current(indices.talents(), id, version, text);
    }

    /** The talent's dream-role vector: stored with a current document, else embedded now; null when none are named. */
    JsonNode dreams(TalentFeatures talent, Vectors own) {
        if (talent.dreamRoles().isEmpty()) {
            return null;
        }
        JsonNode stored = own.stored() == null ? null : own.stored().path("features").path("dreams");
        return stored != null && stored.isArray() ? stored : json.valueToTree(embedder.embed(ProfileText.dreamRoles(talent)));
    }

    private Vectors current(String index, String id, long version, Supplier<String> text) {
        JsonNode stored = search.get(index, id);
        if (stored != null && stored.path("version").asLong() == version && stored.path("embedding").isArray()) {
            return new Vectors(MatchDocuments.vector(stored.path("embedding")), stored);
        }
        return new Vectors(embedder.embed(text.get()), null);
    }
}
