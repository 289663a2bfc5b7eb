package app.slate.identity.webhook.nafath;

import app.slate.identity.webhook.WebhookConfig;
import app.slate.platform.http.webhook.Deliveries;
import app.slate.platform.http.webhook.DeliveryBody;
import app.slate.platform.outbox.OutboxWakeup;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Authentica's callback when a Nafath verification finishes. */
@Path("/webhooks/nafath")
@PermitAll
@Tag(name = "Provider webhooks", description = "Signed callbacks from identity providers")
public class NafathWebhookResource {

    private final AuthenticaSignature signature;
    private final Deliveries deliveries;
    private final NationalIdVerifications verifications;
    private final ObjectMapper json;
    private final OutboxWakeup wakeup;
    private final Validator validator;

    public NafathWebhookResource(WebhookConfig config, Deliveries deliveries, NationalIdVerifications verifications,
                                 ObjectMapper json, Validator validator, OutboxWakeup wakeup) {
        this.signature = new AuthenticaSignature(config.nafathSecrets().orElse(List.of()), config.tolerance());
        this.deliveries = deliveries;
        this.verifications = verifications;
        this.json = json;
        this.validator = validator;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Nafath verification finished (through Authentica), shared-secret signed")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Map<String, Object>> receive(@HeaderParam("X-Authentica-Timestamp") String timestamp,
                                            @HeaderParam("X-Authentica-Signature") String signed, String body) {
        signature.verify(timestamp, signed, body == null ? "" : body, Instant.now());
        NafathCallback callback = DeliveryBody.parse(json, validator, body, NafathCallback.class, "a Nafath callback");
        return deliveries.once("nafath#" + callback.transactionId() + "#" + callback.status(), () -> verifications.apply(callback))
                .call(wakeup::afterCommit)
                .map(outcome -> Map.of("received", true, "outcome", outcome.name().toLowerCase()));
    }
}
