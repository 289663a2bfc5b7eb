package app.slate.platform.ai.usage;

import app.slate.platform.blocking.Await;
import app.slate.platform.privacy.ErasureLine;
import app.slate.platform.privacy.ErasureSteps;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What platform/ai holds about a person: cached answers written for them (a drafted cover note
 * holds their profile's facts), which go, and the record of calls made for them, which keeps its
 * tokens and cost for the platform's figures but no longer names them.
 */
@ApplicationScoped
public class AiPersonalData implements PersonalData {

    private static final String THEIR_CALLS = """
            SELECT day, purpose, count(*) AS calls, sum(input_tokens + output_tokens) AS tokens
            FROM ai_calls WHERE account_id = $1 GROUP BY day, purpose ORDER BY day, purpose""";

    private final Pool database;
    private final ObjectMapper json;

    public AiPersonalData(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    @Override
    public String area() {
        return "ai";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public List<ErasureLine> erase(Person person) {
        return new ErasureSteps()
                .delete("ai_answers", "cached answers written for them", "DELETE FROM ai_answers WHERE account_id = $1", person.subject())
                .anonymise("ai_calls", "model calls made for them", "UPDATE ai_calls SET account_id = NULL WHERE account_id = $1", person.subject())
                .run(database);
    }

    @Override
    public JsonNode export(Person person) {
        ArrayNode calls = json.createArrayNode();
        database.preparedQuery(THEIR_CALLS).execute(Tuple.of(person.subject())).await().atMost(Await.LIMIT).forEach(row -> calls.addObject()
                .put("day", row.getLocalDate("day").toString())
                .put("feature", row.getString("purpose"))
                .put("calls", row.getLong("calls"))
                .put("tokens", row.getLong("tokens")));
        return calls.isEmpty() ? null : json.createObjectNode().set("modelCalls", calls);
    }
}
