package app.slate.media.transcode;

import app.slate.platform.http.webhook.Deliveries;
import app.slate.platform.http.webhook.DeliveryBody;
import app.slate.platform.http.webhook.TimestampedSignature;
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

/**
 * The transcoding provider's callback. {@code X-Transcode-Signature} is the hex HMAC-SHA256 of
 * {@code timestamp.body} under a shared secret, {@code X-Transcode-Timestamp} the Unix time it
 * was sent; the body is verified before it is parsed, and each event applies once.
 */
@Path("/webhooks/transcode")
@PermitAll
@Tag(name = "Provider webhooks")
public class TranscodeWebhookResource {

    public static final String TIMESTAMP = "X-Transcode-Timestamp";
    public static final String SIGNATURE = "X-Transcode-Signature";

    private final TimestampedSignature signature;
    private final Deliveries deliveries;
    private final TranscodeOutcomes outcomes;
    private final ObjectMapper json;
    private final Validator validator;

    public TranscodeWebhookResource(TranscodeConfig config, Deliveries deliveries, TranscodeOutcomes outcomes,
                                    ObjectMapper json, Validator validator) {
        this.signature = new TimestampedSignature(config.callbackSecrets().orElse(List.of()), config.tolerance(), TIMESTAMP, SIGNATURE);
        this.deliveries = deliveries;
        this.outcomes = outcomes;
        this.json = json;
        this.validator = validator;
    }

    @Operation(summary = "A transcoding job finished or failed (HMAC-SHA256 signed by the provider)")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Map<String, Object>> receive(@HeaderParam(TIMESTAMP) String timestamp, @HeaderParam(SIGNATURE) String signed,
                                            String body) {
        signature.verify(timestamp, signed, body == null ? "" : body, Instant.now());
        TranscodeCallback callback = DeliveryBody.parse(json, validator, body, TranscodeCallback.class, "a transcode callback");
        return deliveries.once("transcode#" + callback.eventId(), () -> outcomes.apply(callback))
                .map(outcome -> Map.of("received", true, "outcome", outcome.name().toLowerCase()));
    }
}
