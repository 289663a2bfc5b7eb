package app.slate.payments.webhook;

import app.slate.platform.blocking.OffLoop;
import app.slate.platform.events.PaymentEvents.ProviderEvent;
import com.stripe.model.Event;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Stripe's webhook endpoint: the raw body is verified before anything reads it, then queued for
 * the payments worker and acknowledged. Every event type is acknowledged; the worker applies the
 * ones Slate uses and ignores the rest.
 */
@Path("/webhooks/stripe")
@PermitAll
@Tag(name = "Provider webhooks")
public class StripeWebhookResource {

    private final StripeSignature signature;
    private final PaymentQueue queue;

    public StripeWebhookResource(WebhookConfig config, PaymentQueue queue) {
        this.signature = new StripeSignature(config.stripeSecrets().orElse(List.of()), config.tolerance());
        this.queue = queue;
    }

    @Operation(summary = "A Stripe event (Stripe-Signature checked with Stripe's library), queued to be applied once")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Map<String, Object>> receive(@Context HttpHeaders headers, String body) {
        // The header holds commas (t=...,v1=...,v1=...), which JAX-RS reads as several values: join them back.
        List<String> signed = headers.getRequestHeader("Stripe-Signature");
        Event event = signature.verify(body == null ? "" : body, signed == null ? null : String.join(",", signed), Clock.systemUTC());
        ProviderEvent delivery = new ProviderEvent("STRIPE", event.getId(), event.getType(), event.getCreated(), body);
        return OffLoop.run(() -> queue.enqueue(delivery)).map(ignored -> Map.of("received", true));
    }
}
