package app.slate.search.saved;

import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.ExportRows;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.Refresh;

/**
 * What saved searches hold about a person: the searches they saved (rows and percolator queries),
 * and other people's alerts about their profile, which would otherwise say they once matched.
 */
@ApplicationScoped
public class SavedSearchesPersonalData implements PersonalData {

    private final Pool database;
    private final OpenSearchClient openSearch;
    private final PercolatorIndices indices;

    public SavedSearchesPersonalData(Pool database, OpenSearchClient openSearch, PercolatorIndices indices) {
        this.database = database;
        this.openSearch = openSearch;
        this.indices = indices;
    }

    @Override
    public String area() {
        return "saved-searches";
    }

    @Override
    public int order() {
        return 8;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        List<ErasureLine> lines = new ArrayList<>();
        for (SearchKind kind : SearchKind.values()) {
            try {
                long removed = openSearch.deleteByQuery(d -> d.index(indices.ensure(kind)).refresh(Refresh.True)
                        .query(q -> q.term(t -> t.field("searchOwner").value(FieldValue.of(person.subject()))))).deleted();
                lines.add(new ErasureLine(indices.ensure(kind), "their saved searches' percolator queries", ErasureLine.DELETED, removed));
            } catch (IOException e) {
                throw new UncheckedIOException("erasing saved searches from OpenSearch failed", e);
            }
        }
        lines.addAll(new ErasureSteps()
                .delete("saved_searches", "the searches they saved, with their alerts", "DELETE FROM saved_searches WHERE owner_id = $1",
                        person.accountId())
                .delete("saved_search_alerts", "others' alerts about their profile", "DELETE FROM saved_search_alerts WHERE object_id = $1",
                        person.profileId())
                .run(database));
        return lines;
    }

    @Override
    public JsonNode export(Person person) {
        return new ExportRows()
                .add("savedSearches", """
                        SELECT id, kind, name, query_string, frequency, paused, created_at, updated_at FROM saved_searches
                         WHERE owner_id = $1 ORDER BY created_at""", person.accountId())
                .run(database);
    }
}
