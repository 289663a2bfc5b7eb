package app.slate.identity.verification;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Starts a Nafath verification at Authentica ({@code POST /api/v2/verify-by-nafath} with the
 * national ID, {@code X-Authorization} the API key), which pushes a request to the person's Nafath
 * app and answers the transaction and the number they must choose there. Blocking: call off the
 * event loop. Authentica refusing the ID is the person's mistake (a 400 naming it); Authentica
 * failing or unreachable is a 503, and nothing is recorded.
 */
@ApplicationScoped
public class NafathStart {

    private static final Logger LOG = Logger.getLogger(NafathStart.class);

    /** What the person is shown: the number to choose in the Nafath app, for this transaction. */
    public record Started(String transactionId, String number) {
    }

    private final AuthenticaConfig config;
    private final ObjectMapper json;
    private final HttpClient http;

    public NafathStart(AuthenticaConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public Started start(String nationalId) {
        String apiKey = config.apiKey().filter(key -> !key.isBlank()).orElseThrow(() -> unavailable(
                "verification-not-configured", "National-ID verification is not configured here."));
        HttpResponse<String> answer;
        try {
            answer = http.send(HttpRequest.newBuilder(URI.create(config.apiBase() + "/api/v2/verify-by-nafath"))
                    .timeout(config.requestTimeout())
                    .header("X-Authorization", apiKey).header("Accept", "application/json").header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(Map.of("national_id", nationalId)))).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warnf("Authentica could not be reached: %s", e.getMessage());
            throw unavailable("verification-unavailable", "Nafath cannot be reached right now; try again in a minute.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("verification-unavailable", "Nafath cannot be reached right now; try again in a minute.");
        }
        JsonNode body = parse(answer.body());
        if (answer.statusCode() == 400 || answer.statusCode() == 422) {
            throw ProblemException.invalid("nationalId", "was not accepted by Nafath: " + body.path("message").asText("refused"));
        }
        String transaction = text(body, "TransactionId");
        String number = text(body, "Code");
        if (answer.statusCode() != 200 || transaction == null || number == null) {
            LOG.warnf("Authentica answered %d to a Nafath start", answer.statusCode());
            throw unavailable("verification-unavailable", "Nafath did not take the request; try again in a minute.");
        }
        return new Started(transaction, number);
    }

    /** Authentica's field, whatever its case (its examples write PascalCase). */
    private static String text(JsonNode body, String field) {
        for (var names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.equalsIgnoreCase(field) && body.get(name).isValueNode()) {
                return body.get(name).asText();
            }
        }
        return null;
    }

    private JsonNode parse(String body) {
        try {
            JsonNode node = json.readTree(body == null || body.isBlank() ? "{}" : body);
            return node.isObject() ? node : json.createObjectNode();
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private static ProblemException unavailable(String kind, String detail) {
        return new ProblemException(Problem.of(kind, "Verification unavailable", 503, detail, List.of()));
    }
}
