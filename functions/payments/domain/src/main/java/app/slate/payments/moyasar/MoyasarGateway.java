package app.slate.payments.moyasar;

import app.slate.payments.checkout.Provider;
import app.slate.payments.checkout.ProviderUnavailable;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Slate's calls to Moyasar's REST API ({@code /v1/payments}), with the secret key as HTTP Basic
 * user. A payment is created with Slate's own {@code given_id}, which becomes its id: Moyasar answers
 * a repeated creation with the payment it already made, so a retried call (here, or by the next
 * renewal run after a crash) never charges twice, and Slate knows the id before asking. Refunds
 * carry no such key and are not retried. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class MoyasarGateway {

    private static final Logger LOG = Logger.getLogger(MoyasarGateway.class);
    private static final int ATTEMPTS = 3;

    /** What a payment is asked for; {@code source} is Moyasar's source object, as Moyasar takes it. */
    public record Charge(UUID givenId, long amountMinor, String currency, String description, String callbackUrl,
                         Map<String, Object> source, Map<String, String> metadata) {
    }

    private final MoyasarConfig config;
    private final ObjectMapper json;
    private final Optional<String> authorization;
    private final HttpClient http;

    public MoyasarGateway(MoyasarConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.authorization = config.secretKey().filter(key -> !key.isBlank()).map(key -> "Basic "
                + Base64.getEncoder().encodeToString((key + ":").getBytes(StandardCharsets.UTF_8)));
        this.http = HttpClient.newBuilder().connectTimeout(config.connectTimeout()).build();
    }

    public MoyasarPayment pay(Charge charge) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("given_id", charge.givenId().toString());
        body.put("amount", charge.amountMinor());
        body.put("currency", charge.currency());
        body.put("description", charge.description());
        if (charge.callbackUrl() != null) {
            body.put("callback_url", charge.callbackUrl());
        }
        body.put("source", charge.source());
        body.put("metadata", charge.metadata());
        return call("take the payment", "POST", "/v1/payments", body, ATTEMPTS);
    }

    /** The payment as Moyasar holds it now: what a webhook says counts only once this confirms it. */
    public MoyasarPayment fetch(String paymentId) {
        return call("confirm the payment", "GET", "/v1/payments/" + UUID.fromString(paymentId), null, ATTEMPTS);
    }

    public MoyasarPayment refund(String paymentId, long amountMinor) {
        return call("refund the payment", "POST", "/v1/payments/" + UUID.fromString(paymentId) + "/refund",
                Map.of("amount", amountMinor), 1);
    }

    private MoyasarPayment call(String what, String method, String path, Object body, int attempts) {
        String key = authorization.orElseThrow(() -> ProviderUnavailable.because(Provider.MOYASAR, "Moyasar is not configured here."));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.apiBase() + path)).timeout(config.readTimeout())
                .header("Authorization", key).header("Accept", "application/json");
        try {
            request = body == null ? request.GET() : request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Moyasar request could not be written", e);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() / 100 == 2) {
                    return json.readValue(answer.body(), MoyasarPayment.class);
                }
                LOG.warnf("Moyasar refused to %s: HTTP %d %s", what, answer.statusCode(), answer.body());
                if (answer.statusCode() < 500 || attempt >= attempts) {
                    throw ProviderUnavailable.because(Provider.MOYASAR, "it could not " + what + ".");
                }
            } catch (IOException e) {
                LOG.warnf("Moyasar did not answer to %s (attempt %d): %s", what, attempt, e.getMessage());
                if (attempt >= attempts) {
                    throw ProviderUnavailable.because(Provider.MOYASAR, "it did not answer.");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw ProviderUnavailable.because(Provider.MOYASAR, "the call was interrupted.");
            }
        }
    }
}
