package app.slate.identity.webhook.nafath;

import app.slate.identity.webhook.WebhookConfig;
import app.slate.platform.http.webhook.Deliveries;
import app.slate.platform.http.webhook.DeliveryBody;
import app.slate.platform.http.webhook.SharedSecrets;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Authentica's webhook when a Nafath verification ends. Authentica does not sign it: the body
 * carries the password set for the webhook in Authentica's portal, compared in constant time and
 * dropped at once. A replayed delivery is harmless: a transaction applies once, and only while its
 * account waits on it.
 */
@Path("/webhooks/nafath")
@PermitAll
@Tag(name = "Provider webhooks", description = "Signed callbacks from identity providers")
public class NafathWebhookResource {

    private final SharedSecrets passwords;
    private final Deliveries deliveries;
    private final NationalIdVerifications verifications;
    private final ObjectMapper json;
    private final OutboxWakeup wakeup;
    private final Validator validator;

    public NafathWebhookResource(WebhookConfig config, Deliveries deliveries, NationalIdVerifications verifications,
                                 ObjectMapper json, Validator validator, OutboxWakeup wakeup) {
        this.passwords = new SharedSecrets("Authentica", config.nafathSecrets().orElse(List.of()));
        this.deliveries = deliveries;
        this.verifications = verifications;
        this.json = json;
        this.validator = validator;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Nafath verification finished (through Authentica), authenticated by the webhook's password")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Map<String, Object>> receive(String body) {
        JsonNode delivery = object(body);
        JsonNode password = delivery.path("Password");
        passwords.verify("Password", password.isTextual() ? password.asText() : null);
        ((ObjectNode) delivery).remove("Password");
        NafathCallback callback = DeliveryBody.parse(json, validator, delivery.toString(), NafathCallback.class, "a Nafath callback");
        return deliveries.once("nafath#" + callback.transactionId() + "#" + callback.status(), () -> verifications.apply(callback))
                .call(wakeup::afterCommit)
                .map(outcome -> Map.of("received", true, "outcome", outcome.name().toLowerCase()));
    }

    private JsonNode object(String body) {
        try {
            JsonNode node = json.readTree(body == null ? "" : body);
            if (node != null && node.isObject()) {
                return node;
            }
        } catch (JsonProcessingException e) {
            // refused below, as for any other body that is not a JSON object
        }
        throw ProblemException.invalid("body", "is not a Nafath callback (a JSON object)");
    }
}
