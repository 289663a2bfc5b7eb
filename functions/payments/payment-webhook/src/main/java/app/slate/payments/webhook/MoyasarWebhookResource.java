package app.slate.payments.webhook;

import app.slate.platform.blocking.OffLoop;
import app.slate.platform.events.PaymentEvents.ProviderEvent;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Moyasar's webhook endpoint: the delivery's secret token is checked before anything else reads
 * it, then the event is queued for the payments worker (which fetches the payment from Moyasar
 * before it counts) and acknowledged. Every event type is acknowledged.
 */
@Path("/webhooks/moyasar")
@PermitAll
@Tag(name = "Provider webhooks")
public class MoyasarWebhookResource {

    private final MoyasarToken token;
    private final PaymentQueue queue;

    public MoyasarWebhookResource(WebhookConfig config, PaymentQueue queue, ObjectMapper json) {
        this.token = new MoyasarToken(config.moyasarSecrets().orElse(List.of()), json);
        this.queue = queue;
    }

    @Operation(summary = "A Moyasar event (its secret_token checked in constant time), queued; the payment is fetched from Moyasar before it counts")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Map<String, Object>> receive(String body) {
        ProviderEvent delivery = token.verify(body, Clock.systemUTC());
        return OffLoop.run(() -> queue.enqueue(delivery)).map(ignored -> Map.of("received", true));
    }
}
