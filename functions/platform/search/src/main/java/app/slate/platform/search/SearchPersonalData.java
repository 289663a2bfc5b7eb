package app.slate.platform.search;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Conflicts;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;

/**
 * A person's documents in every index, whoever writes it: the talent document and the match
 * documents with their embeddings (all keyed by the profile id) are deleted; documents that keep an
 * owner for ranking (a role they posted, which stays for its team) lose the owner. Across all
 * indices, so a new index (a new embedding model's) is reached without being named here.
 */
@ApplicationScoped
public class SearchPersonalData implements PersonalData {

    private static final String EVERY_INDEX = "*";

    private final OpenSearchClient openSearch;

    public SearchPersonalData(OpenSearchClient openSearch) {
        this.openSearch = openSearch;
    }

    @Override
    public String area() {
        return "search";
    }

    @Override
    public int order() {
        return 1;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        List<ErasureLine> lines = new ArrayList<>();
        try {
            List<String> ids = new ArrayList<>(List.of(person.subject()));
            if (person.profileId() != null) {
                ids.add(person.profileId().toString());
            }
            Long deleted = openSearch.deleteByQuery(d -> d.index(EVERY_INDEX).allowNoIndices(true).conflicts(Conflicts.Proceed).refresh(Refresh.True)
                    .query(q -> q.ids(i -> i.values(ids)))).deleted();
            lines.add(ErasureLine.deleted("opensearch:*", "talent and match documents with their embeddings", deleted == null ? 0 : deleted));
            Long updated = openSearch.updateByQuery(u -> u.index(EVERY_INDEX).allowNoIndices(true).conflicts(Conflicts.Proceed).refresh(Refresh.True)
                    .query(q -> q.term(t -> t.field("ownerId").value(FieldValue.of(person.subject()))))
                    .script(s -> s.inline(i -> i.source("ctx._source.remove('ownerId')")))).updated();
            lines.add(ErasureLine.anonymised("opensearch:*", "documents they owned for a team (roles), owner removed", updated == null ? 0 : updated));
        } catch (IOException e) {
            throw new UncheckedIOException("OpenSearch could not erase the person's documents", e);
        }
        return lines;
    }

    /** An indexer that read the profile just before it was deleted may write its document after the first pass. */
    @Override
    public boolean sweptLast() {
        return true;
    }

    @Override
    public JsonNode export(Person person) {
        return null;
    }
}
