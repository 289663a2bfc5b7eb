package app.slate.search.saved;

import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.search.VersionedWrite;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.UUID;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.Refresh;
import org.opensearch.client.opensearch._types.VersionType;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Saved searches (owner of {@code saved_searches}): each row with its percolator document, which
 * carries the row's version. The document is written first and the row after it, so a row never
 * exists without its query; a document whose row did not follow (or is older) is ignored by the
 * alerts, which match on the version. At most {@link #PER_OWNER} per person.
 */
@ApplicationScoped
public class SavedSearches {

    public static final int PER_OWNER = 50;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, kind, name, query_string, percolator::text AS percolator, frequency, paused, version, created_at, updated_at";
    private static final String COUNT = "SELECT count(*) AS n FROM saved_searches WHERE owner_id = $1";
    private static final String INSERT = """
            INSERT INTO saved_searches (id, owner_id, kind, name, query_string, percolator, frequency, paused, version, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6::text::jsonb, $7, false, 1, now(), now())""" + " RETURNING " + COLUMNS;
    private static final String MINE = "SELECT " + COLUMNS + " FROM saved_searches WHERE owner_id = $1 AND kind = $2 ORDER BY created_at";
    private static final String ONE = "SELECT " + COLUMNS + " FROM saved_searches WHERE id = $1 AND owner_id = $2 AND kind = $3";
    private static final String UPDATE = """
            UPDATE saved_searches SET name = $3, query_string = $4, percolator = $5::text::jsonb, frequency = $6, paused = $7,
                   version = version + 1, updated_at = now()
             WHERE id = $1 AND version = $2""" + " RETURNING " + COLUMNS;
    private static final String DELETE = "DELETE FROM saved_searches WHERE id = $1 AND owner_id = $2 AND kind = $3";

    /** A search's criteria: its query string (as on the search itself), and the OpenSearch query it stands for. */
    public record Criteria(String query, Query percolator) {

        /** From the parameters a search was called with; paging ({@code limit}, {@code cursor}) is not part of what it looks for. */
        public static Criteria of(Map<String, List<String>> parameters, Query percolator) {
            StringJoiner query = new StringJoiner("&");
            new TreeMap<>(parameters).forEach((name, values) -> {
                if (!name.equals("limit") && !name.equals("cursor")) {
                    values.forEach(value -> query.add(encode(name) + "=" + encode(value)));
                }
            });
            return new Criteria(query.toString(), percolator);
        }

        private static String encode(String text) {
            return URLEncoder.encode(text, StandardCharsets.UTF_8);
        }
    }

    private record Stored(SavedSearch search, String percolator, long version) {
    }

    private final Pool database;
    private final OpenSearchClient openSearch;
    private final PercolatorIndices indices;

    public SavedSearches(Pool database, OpenSearchClient openSearch, PercolatorIndices indices) {
        this.database = database;
        this.openSearch = openSearch;
        this.indices = indices;
    }

    public Uni<SavedSearch> save(UUID owner, SearchKind kind, SavedSearchRequest request, Criteria criteria) {
        String name = request.requiredName();
        AlertFrequency frequency = request.frequency() == null ? AlertFrequency.DAILY : request.frequency();
        UUID id = UUID.randomUUID();
        String percolator = criteria.percolator().toJsonString();
        return database.preparedQuery(COUNT).execute(Tuple.of(owner)).map(rows -> rows.iterator().next().getLong("n")).chain(count -> {
            if (count >= PER_OWNER) {
                throw ProblemException.conflict("You have " + PER_OWNER + " saved searches; delete one to save another.");
            }
            return OffLoop.run(() -> write(kind, id, owner, 1, percolator, false));
        }).chain(() -> database.preparedQuery(INSERT).execute(Tuple.from(new Object[] {id, owner, kind.name(), name, criteria.query(),
                percolator, frequency.name()}))).map(rows -> stored(rows.iterator().next()).search());
    }

    public Uni<List<SavedSearch>> mine(UUID owner, SearchKind kind) {
        return database.preparedQuery(MINE).execute(Tuple.of(owner, kind.name())).map(rows -> {
            List<SavedSearch> found = new ArrayList<>();
            rows.forEach(row -> found.add(stored(row).search()));
            return found;
        });
    }

    /** Renames, pauses or resumes, changes the pace, and with {@code criteria} what it looks for; 404 when not the owner's. */
    public Uni<SavedSearch> change(UUID owner, SearchKind kind, UUID id, SavedSearchRequest change, Optional<Criteria> criteria) {
        return database.preparedQuery(ONE).execute(Tuple.of(id, owner, kind.name())).chain(rows -> {
            if (rows.size() == 0) {
                throw notFound();
            }
            Stored now = stored(rows.iterator().next());
            SavedSearch was = now.search();
            String name = change.name() == null ? was.name() : change.requiredName();
            boolean paused = change.paused() == null ? was.paused() : change.paused();
            AlertFrequency frequency = change.frequency() == null ? was.frequency() : change.frequency();
            String query = criteria.map(Criteria::query).orElse(was.query());
            String percolator = criteria.map(c -> c.percolator().toJsonString()).orElse(now.percolator());
            return OffLoop.run(() -> write(kind, id, owner, now.version() + 1, percolator, paused))
                    .chain(() -> database.preparedQuery(UPDATE).execute(Tuple.from(new Object[] {id, now.version(), name, query, percolator,
                            frequency.name(), paused})))
                    .map(updated -> {
                        if (updated.size() == 0) {
                            throw ProblemException.conflict("This saved search changed meanwhile; read it again and retry.");
                        }
                        return stored(updated.iterator().next()).search();
                    });
        });
    }

    public Uni<Void> delete(UUID owner, SearchKind kind, UUID id) {
        return database.preparedQuery(DELETE).execute(Tuple.of(id, owner, kind.name())).chain(deleted -> {
            if (deleted.rowCount() == 0) {
                throw notFound();
            }
            return OffLoop.run(() -> VersionedWrite.run("removing saved search", id.toString(), 0,
                    () -> openSearch.delete(d -> d.index(indices.ensure(kind)).id(id.toString()))));
        });
    }

    private void write(SearchKind kind, UUID id, UUID owner, long version, String percolator, boolean paused) {
        ObjectNode document = JSON.createObjectNode();
        try {
            document.set("query", JSON.readTree(percolator));
        } catch (IOException e) {
            throw new UncheckedIOException("a saved search's query is not JSON", e);
        }
        document.put("searchId", id.toString()).put("searchOwner", owner.toString()).put("searchVersion", version).put("searchPaused", paused);
        // Answered once searchable: a profile indexed the moment after is percolated against this version.
        VersionedWrite.run("saving search", id.toString(), version, () -> openSearch.index(i -> i.index(indices.ensure(kind)).id(id.toString())
                .document(document).versionType(VersionType.External).version(version).refresh(Refresh.WaitFor)));
    }

    private static Stored stored(Row row) {
        return new Stored(new SavedSearch(row.getUUID("id"), SearchKind.valueOf(row.getString("kind")), row.getString("name"),
                row.getString("query_string"), AlertFrequency.valueOf(row.getString("frequency")), row.getBoolean("paused"),
                row.getOffsetDateTime("created_at").toInstant(), row.getOffsetDateTime("updated_at").toInstant()),
                row.getString("percolator"), row.getLong("version"));
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("No saved search of yours has this id.");
    }
}
