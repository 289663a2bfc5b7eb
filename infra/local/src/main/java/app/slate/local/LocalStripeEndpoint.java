package app.slate.local;

import app.slate.payments.stripe.StripeConfig;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.WebhookEndpointCreateParams;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells the Stripe stand-in where this local cloud takes webhooks, through Stripe's own API for
 * webhook endpoints, as an operator tells Stripe once in its dashboard for the deployed API.
 */
@ApplicationScoped
public class LocalStripeEndpoint {

    private static final Logger LOG = Logger.getLogger(LocalStripeEndpoint.class);

    void register(@Observes StartupEvent started, StripeConfig stripe, @ConfigProperty(name = "slate.local.stripe-webhook-url") String url) {
        try {
            StripeClient.builder().setApiKey(stripe.secretKey().orElseThrow()).setApiBase(stripe.apiBase()).build()
                    .webhookEndpoints().create(WebhookEndpointCreateParams.builder().setUrl(url)
                            .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL).build());
            LOG.infof("Stripe stand-in delivers webhooks to %s", url);
        } catch (StripeException e) {
            throw new IllegalStateException("the Stripe stand-in did not take the webhook endpoint", e);
        }
    }
}
