package app.slate.search.saved;

import app.slate.platform.blocking.Await;
import app.slate.platform.events.SearchEvents;
import app.slate.platform.events.SearchEvents.SearchMatched;
import app.slate.platform.events.SearchEvents.SearchUnmatched;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.outbox.OutboxWakeup;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * Which saved searches a profile or role the indexer just wrote now matches, decided by
 * percolation (never by re-running searches), and the alerts that follow (owner of
 * {@code saved_search_alerts}). A search alerts once per object: the ledger row is new, or a
 * withdrawn one comes back; a match that stops matching before its digest is due is withdrawn.
 * Nobody is alerted about their own profile or role. Blocking: the indexer's handler thread.
 */
@ApplicationScoped
public class SearchAlerts {

    /** The most searches one document is checked against per page of matches. */
    public static final int PAGE = 1000;

    private static final String MATCH = """
            INSERT INTO saved_search_alerts (search_id, object_id, status, matched_at)
            SELECT s.id, $2, 'MATCHED', now() FROM saved_searches s JOIN unnest($1::uuid[], $3::bigint[]) AS hit(id, version)
                ON hit.id = s.id AND hit.version = s.version
             WHERE NOT s.paused AND s.owner_id::text <> $4
            ON CONFLICT (search_id, object_id) DO UPDATE SET status = 'MATCHED', matched_at = now()
             WHERE saved_search_alerts.status = 'WITHDRAWN'
            RETURNING search_id""";
    private static final String WITHDRAW = """
            UPDATE saved_search_alerts a SET status = 'WITHDRAWN'
              FROM saved_searches s
             WHERE a.search_id = s.id AND a.object_id = $1 AND a.status = 'MATCHED' AND NOT (a.search_id = ANY($2))
               AND s.frequency <> 'INSTANT'
               AND a.matched_at > now() - CASE s.frequency WHEN 'DAILY' THEN interval '1 day' ELSE interval '7 days' END
            RETURNING a.search_id, s.owner_id""";
    private static final String SEARCHES = "SELECT id, owner_id, name, frequency FROM saved_searches WHERE id = ANY($1)";

    private final Pool database;
    private final OpenSearchClient openSearch;
    private final PercolatorIndices indices;
    private final Outbox outbox;
    private final OutboxWakeup wakeup;

    public SearchAlerts(Pool database, OpenSearchClient openSearch, PercolatorIndices indices, Outbox outbox, OutboxWakeup wakeup) {
        this.database = database;
        this.openSearch = openSearch;
        this.indices = indices;
        this.outbox = outbox;
        this.wakeup = wakeup;
    }

    /** A document written to the kind's index: the searches it matches alert, those it left are withdrawn. */
    public void indexed(SearchKind kind, UUID objectId, JsonNode document, String title) {
        Map<UUID, Long> hits = percolate(kind, document);
        String objectOwner = document.path("ownerId").asText("");
        Instant now = Instant.now();
        database.withTransaction(connection -> connection.preparedQuery(MATCH)
                        .execute(Tuple.of(hits.keySet().toArray(UUID[]::new), objectId, hits.values().toArray(Long[]::new), objectOwner))
                        .map(rows -> {
                            List<UUID> matched = new ArrayList<>();
                            rows.forEach(row -> matched.add(row.getUUID("search_id")));
                            return matched;
                        })
                        .chain(matched -> connection.preparedQuery(SEARCHES).execute(Tuple.of(matched.toArray(UUID[]::new))))
                        .chain(searches -> {
                            Map<String, SearchMatched> events = new LinkedHashMap<>();
                            for (Row s : searches) {
                                events.put(s.getUUID("id").toString(), new SearchMatched(s.getUUID("id"), s.getUUID("owner_id"), s.getString("name"),
                                        kind.name(), s.getString("frequency"), objectId, title, now));
                            }
                            return outbox.record(connection, SearchEvents.MATCHED, events).replaceWith(events.size());
                        })
                        .chain(matched -> withdraw(connection, objectId, hits).map(withdrawn -> matched + withdrawn)))
                .chain(announced -> announced > 0 ? wakeup.now() : Uni.createFrom().voidItem())
                .await().atMost(Await.LIMIT);
    }

    /** A profile or role that left its index: its matches still waiting for a digest are withdrawn. */
    public void removed(UUID objectId) {
        database.withTransaction(connection -> withdraw(connection, objectId, Map.of()))
                .chain(withdrawn -> withdrawn > 0 ? wakeup.now() : Uni.createFrom().voidItem())
                .await().atMost(Await.LIMIT);
    }

    /** Withdraws what no longer matches; answers how many. */
    private Uni<Integer> withdraw(SqlConnection connection, UUID objectId, Map<UUID, Long> stillMatching) {
        return connection.preparedQuery(WITHDRAW).execute(Tuple.of(objectId, stillMatching.keySet().toArray(UUID[]::new))).chain(rows -> {
            Map<String, SearchUnmatched> events = new HashMap<>();
            rows.forEach(row -> events.put(row.getUUID("search_id").toString(),
                    new SearchUnmatched(row.getUUID("search_id"), row.getUUID("owner_id"), objectId)));
            return outbox.record(connection, SearchEvents.UNMATCHED, events).replaceWith(events.size());
        });
    }

    /** Every live saved search of the kind whose query matches {@code document}, with the version of its query. */
    Map<UUID, Long> percolate(SearchKind kind, JsonNode document) {
        String index = indices.ensure(kind);
        Map<UUID, Long> hits = new LinkedHashMap<>();
        Query matching = Query.of(q -> q.bool(b -> b
                .filter(f -> f.percolate(p -> p.field("query").document(JsonData.of(document))))
                .filter(f -> f.term(t -> t.field("searchPaused").value(FieldValue.of(false))))));
        List<FieldValue> after = null;
        while (true) {
            List<FieldValue> from = after;
            SearchResponse<ObjectNode> page;
            try {
                page = openSearch.search(s -> {
                    s.index(index).query(matching).size(PAGE).sort(o -> o.field(f -> f.field("searchId")))
                            .source(src -> src.filter(f -> f.includes("searchId", "searchVersion")));
                    return from == null ? s : s.searchAfter(from);
                }, ObjectNode.class);
            } catch (IOException e) {
                throw new UncheckedIOException("percolating into " + index + " failed", e);
            }
            for (Hit<ObjectNode> hit : page.hits().hits()) {
                hits.put(UUID.fromString(hit.source().path("searchId").asText()), hit.source().path("searchVersion").asLong());
            }
            if (page.hits().hits().size() < PAGE) {
                return hits;
            }
            after = page.hits().hits().get(page.hits().hits().size() - 1).sort();
        }
    }
}
