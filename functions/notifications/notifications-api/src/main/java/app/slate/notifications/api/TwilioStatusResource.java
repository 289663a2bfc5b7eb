package app.slate.notifications.api;

import app.slate.notifications.delivery.DeliveryLog;
import app.slate.notifications.delivery.DeliveryStatus;
import app.slate.notifications.phones.TwilioSignature;
import app.slate.platform.http.webhook.SignatureRefused;
import app.slate.platform.problem.ProblemException;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Twilio's status callback for each text Slate sent: signed with the sending account's auth token
 * ({@code X-Twilio-Signature}) over the URL Twilio was given and the form; anything unsigned or
 * signed otherwise is refused. Delivered and undelivered move the delivery log forward, never back,
 * so a repeated or replayed callback changes nothing.
 */
@Path("/webhooks/twilio/status")
@Tag(name = "Provider webhooks")
@PermitAll
public class TwilioStatusResource {

    private final DeliveryLog log;
    private final String url;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    public TwilioStatusResource(DeliveryLog log, @ConfigProperty(name = "slate.sms.status-callback") String url,
                                @ConfigProperty(name = "slate.sms.primary.account-sid") String primarySid,
                                @ConfigProperty(name = "slate.sms.primary.auth-token") String primaryToken,
                                @ConfigProperty(name = "slate.sms.fallback.account-sid") Optional<String> fallbackSid,
                                @ConfigProperty(name = "slate.sms.fallback.auth-token") Optional<String> fallbackToken) {
        this.log = log;
        this.url = url;
        tokens.put(primarySid, primaryToken);
        fallbackSid.ifPresent(sid -> tokens.put(sid, fallbackToken.orElseThrow()));
    }

    @Operation(summary = "Twilio: a text message's status (signed with X-Twilio-Signature)")
    @POST
    @Blocking
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response status(@HeaderParam("X-Twilio-Signature") String signature, MultivaluedMap<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>();
        form.forEach((name, values) -> fields.put(name, values.isEmpty() ? "" : values.get(0)));
        String token = tokens.get(fields.getOrDefault("AccountSid", ""));
        if (token == null || !TwilioSignature.verifies(token, url, fields, signature)) {
            throw SignatureRefused.because("This request is not signed by Twilio for Slate's accounts.");
        }
        String sid = fields.get("MessageSid");
        String to = fields.get("To");
        if (sid == null || to == null) {
            throw ProblemException.invalid("MessageSid", "a status callback names the message and its recipient");
        }
        switch (fields.getOrDefault("MessageStatus", "")) {
            case "delivered" -> log.reported(sid, to, DeliveryStatus.DELIVERED, null);
            case "undelivered", "failed" -> log.reported(sid, to, DeliveryStatus.FAILED,
                    fields.get("MessageStatus") + (fields.containsKey("ErrorCode") ? " (Twilio error " + fields.get("ErrorCode") + ")" : ""));
            default -> {
                // queued, accepted, sending, sent: the log already says it left.
            }
        }
        return Response.noContent().build();
    }
}
