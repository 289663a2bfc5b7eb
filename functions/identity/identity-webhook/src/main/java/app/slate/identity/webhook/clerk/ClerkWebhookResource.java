package app.slate.identity.webhook.clerk;

import app.slate.identity.webhook.WebhookConfig;
import app.slate.platform.http.webhook.Deliveries;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Clerk's user events, delivered and signed by Svix. The body is read raw: the signature covers its exact bytes. */
@Path("/webhooks/clerk")
@PermitAll
@Tag(name = "Provider webhooks", description = "Signed callbacks from identity providers")
public class ClerkWebhookResource {

    private final SvixSignature signature;
    private final Deliveries deliveries;
    private final ClerkUserSync sync;
    private final ObjectMapper json;
    private final OutboxWakeup wakeup;

    public ClerkWebhookResource(WebhookConfig config, Deliveries deliveries, ClerkUserSync sync, ObjectMapper json, OutboxWakeup wakeup) {
        this.signature = new SvixSignature(config.clerkSecrets().orElse(List.of()), config.tolerance());
        this.deliveries = deliveries;
        this.sync = sync;
        this.json = json;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Clerk user.created / user.updated / user.deleted, Svix-signed")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Map<String, Object>> receive(@Context HttpServerRequest request, String body) {
        String id = request.getHeader("svix-id");
        // Quarkus's Lambda adapter splits header values at commas, and "v1,<signature>" has one: join them back.
        String signatures = String.join(",", request.headers().getAll("svix-signature"));
        signature.verify(id, request.getHeader("svix-timestamp"), signatures, body == null ? "" : body, Instant.now());
        JsonNode event = parse(body);
        String type = event.path("type").asText();
        return deliveries.once("clerk#" + id, () -> sync.apply(type, event.path("data")))
                .call(wakeup::afterCommit)
                .map(outcome -> Map.of("received", true, "outcome", outcome.name().toLowerCase()));
    }

    private JsonNode parse(String body) {
        try {
            JsonNode event = json.readTree(body);
            if (event == null || !event.path("type").isTextual() || !event.path("data").isObject()) {
                throw ProblemException.invalid("type", "a Clerk event needs a type and a data object");
            }
            return event;
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not JSON");
        }
    }
}
