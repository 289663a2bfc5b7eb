package app.slate.local;

import app.slate.payments.moyasar.MoyasarConfig;
import app.slate.payments.stripe.StripeConfig;
import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.WebhookEndpointCreateParams;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Tells the payment stand-ins where this local cloud takes webhooks, through each provider's own
 * API for webhooks, as an operator does once in each provider's dashboard for the deployed API:
 * Stripe's webhook endpoints (it then signs with its secret), Moyasar's webhooks (given the secret
 * token its deliveries will carry, the one payment-webhook is configured with).
 */
@ApplicationScoped
public class LocalPaymentEndpoints {

    private static final Logger LOG = Logger.getLogger(LocalPaymentEndpoints.class);

    void register(@Observes StartupEvent started, StripeConfig stripe, MoyasarConfig moyasar,
                  @ConfigProperty(name = "slate.local.stripe-webhook-url") String stripeUrl,
                  @ConfigProperty(name = "slate.local.moyasar-webhook-url") String moyasarUrl,
                  @ConfigProperty(name = "slate.payment-webhook.moyasar-secrets") List<String> moyasarSecrets) {
        try {
            StripeClient.builder().setApiKey(stripe.secretKey().orElseThrow()).setApiBase(stripe.apiBase()).build()
                    .webhookEndpoints().create(WebhookEndpointCreateParams.builder().setUrl(stripeUrl)
                            .addEnabledEvent(WebhookEndpointCreateParams.EnabledEvent.ALL).build());
            LOG.infof("Stripe stand-in delivers webhooks to %s", stripeUrl);
        } catch (StripeException e) {
            throw new IllegalStateException("the Stripe stand-in did not take the webhook endpoint", e);
        }
        String webhook = """
                {"http_method":"post","url":"%s","shared_secret":"%s","events":["payment_paid","payment_failed","payment_refunded","payment_voided"]}"""
                .formatted(moyasarUrl, moyasarSecrets.get(0));
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(moyasar.apiBase() + "/v1/webhooks"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((moyasar.secretKey().orElseThrow() + ":")
                            .getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(webhook)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("the Moyasar stand-in did not take the webhook: " + answer.body());
            }
            LOG.infof("Moyasar stand-in delivers webhooks to %s", moyasarUrl);
        } catch (IOException e) {
            throw new IllegalStateException("the Moyasar stand-in did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
