package app.slate.platform.privacy;

import app.slate.platform.blocking.Await;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A context's export as named SQL queries over its own tables: each becomes an array of rows (as
 * the person may read them) under its name. Secrets a row holds (password hashes, token hashes,
 * payment tokens) are left out by the queries themselves, which name their columns.
 */
public final class ExportRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> queries = new LinkedHashMap<>();
    private final Map<String, Tuple> parameters = new LinkedHashMap<>();

    public ExportRows add(String name, String sql, Object... parameters) {
        queries.put(name, sql);
        this.parameters.put(name, Tuple.from(parameters));
        return this;
    }

    public JsonNode run(Pool database) {
        ObjectNode export = JSON.createObjectNode();
        queries.forEach((name, sql) -> {
            ArrayNode rows = export.putArray(name);
            for (Row row : database.preparedQuery(sql).execute(parameters.get(name)).await().atMost(Await.LIMIT)) {
                rows.add(json(row));
            }
        });
        return export;
    }

    private static JsonNode json(Row row) {
        try {
            return JSON.readTree(row.toJson().encode());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
