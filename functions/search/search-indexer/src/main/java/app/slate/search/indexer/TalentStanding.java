package app.slate.search.indexer;

import app.slate.identity.reads.Standing;
import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchIndices;
import app.slate.platform.search.VersionedWrite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The owner's standing in a talent document: {@code verifiedUntil} (when their national-ID
 * verification lapses) and {@code activeOn} (the last day they used Slate), which talent search
 * ranks by. Added to every profile the indexer writes, and written again into the owner's
 * documents when identity says they were verified or active. That rewrite keeps the profile's
 * version ({@code external_gte}), so it never hides a newer profile; if a newer one lands in
 * between, the rewrite starts again from it.
 */
@ApplicationScoped
public class TalentStanding {

    private static final int ATTEMPTS = 3;

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SearchIndices indices;
    private final Standing standing;

    public TalentStanding(OpenSearchClient openSearch, SearchConfig config, SearchIndices indices, Standing standing) {
        this.openSearch = openSearch;
        this.config = config;
        this.indices = indices;
        this.standing = standing;
    }

    /** The profile's search document with its owner's standing as identity holds it now. */
    public JsonNode added(JsonNode document) {
        return with((ObjectNode) document.deepCopy(), standing.of(document.path("ownerId").asText(null)));
    }

    /** Identity changed the account's standing: every published profile it owns takes the new one. */
    public void changed(UUID accountId) {
        indices.ensureTalentIndex();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            boolean stale = false;
            Standing.Of now = standing.of(accountId.toString());
            for (Hit<ObjectNode> profile : profilesOf(accountId)) {
                ObjectNode document = with(profile.source(), now);
                long version = profile.version();
                stale |= !VersionedWrite.applied("standing of talent", profile.id(), version, () -> openSearch.index(i -> i
                        .index(config.talentIndex()).id(profile.id()).document(document).versionType(VersionType.ExternalGte).version(version)));
            }
            if (!stale) {
                return;
            }
        }
        throw new IllegalStateException("the talent documents of " + accountId + " kept changing; the event will be retried");
    }

    private List<Hit<ObjectNode>> profilesOf(UUID accountId) {
        try {
            return openSearch.search(s -> s.index(config.talentIndex()).version(true).size(10)
                    .query(q -> q.term(t -> t.field("ownerId").value(FieldValue.of(accountId.toString())))), ObjectNode.class).hits().hits();
        } catch (IOException e) {
            throw new UncheckedIOException("finding the profiles of " + accountId + " failed", e);
        }
    }

    private static ObjectNode with(ObjectNode document, Standing.Of of) {
        document.remove("verifiedUntil");
        document.remove("activeOn");
        if (of.verifiedUntil() != null) {
            document.put("verifiedUntil", of.verifiedUntil().toString());
        }
        if (of.activeOn() != null) {
            document.put("activeOn", of.activeOn().toString());
        }
        return document;
    }
}
