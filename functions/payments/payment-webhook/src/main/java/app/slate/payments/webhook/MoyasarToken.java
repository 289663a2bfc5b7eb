package app.slate.payments.webhook;

import app.slate.platform.events.PaymentEvents.ProviderEvent;
import app.slate.platform.http.webhook.SharedSecrets;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Moyasar does not sign its deliveries: each carries, in its body, the {@code secret_token} the
 * webhook was registered with. It is compared with each configured secret (two while one is
 * rolled) in constant time, over digests so that not even its length shows, and removed from the
 * event before it is queued, so that the secret rests nowhere. A replay of a real delivery gets
 * through, and is harmless: the worker acts on the payment as Moyasar holds it, fetched anew.
 */
final class MoyasarToken {

    private static final Pattern EVENT_ID = Pattern.compile("[0-9a-fA-F-]{36}");

    private final SharedSecrets secrets;
    private final ObjectMapper json;

    MoyasarToken(List<String> secrets, ObjectMapper json) {
        this.secrets = new SharedSecrets("Moyasar", secrets);
        this.json = json;
    }

    ProviderEvent verify(String body, Clock clock) {
        JsonNode event;
        try {
            event = json.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not a Moyasar event (JSON)");
        }
        if (event == null || !event.isObject()) {
            throw ProblemException.invalid("body", "is not a Moyasar event (JSON)");
        }
        JsonNode token = event.path("secret_token");
        secrets.verify("secret_token", token.isTextual() ? token.asText() : null);
        String id = event.path("id").asText();
        if (!EVENT_ID.matcher(id).matches()) {
            throw ProblemException.invalid("id", "must be the event's id");
        }
        if (!event.path("type").isTextual()) {
            throw ProblemException.invalid("type", "must be the event's type");
        }
        ((ObjectNode) event).remove("secret_token");
        try {
            return new ProviderEvent("MOYASAR", id, event.path("type").asText(), created(event, clock), json.writeValueAsString(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Moyasar event could not be written again", e);
        }
    }

    private static long created(JsonNode event, Clock clock) {
        try {
            return Instant.parse(event.path("created_at").asText()).getEpochSecond();
        } catch (DateTimeParseException e) {
            return Instant.now(clock).getEpochSecond();
        }
    }
}
