package app.slate.standins.stripe;

import app.slate.standins.HttpAnswers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Stripe's events and their delivery: each event goes to every registered endpoint as Stripe
 * sends it, the JSON body signed in {@code Stripe-Signature: t=<unix time>,v1=<hex HMAC-SHA256 of
 * "t.body">}, one {@code v1} per live signing secret (two during a rotation). A delivery that does
 * not get a 2xx is retried, as Stripe does, on a compressed schedule (1 s, 5 s, 30 s).
 * Deviation: every endpoint shares the account's signing secrets (Stripe gives each its own).
 */
final class StripeWebhooks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StripeWebhooks.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String API_VERSION = "2026-07-29.dahlia";
    private static final long[] RETRIES_MS = {1_000, 5_000, 30_000};

    private final List<String> secrets = new CopyOnWriteArrayList<>();
    private final Map<String, ObjectNode> endpoints = new ConcurrentHashMap<>();
    private final List<ObjectNode> events = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService sender = Executors.newScheduledThreadPool(2, HttpAnswers.daemons("stripe-webhooks"));

    StripeWebhooks(String secret) {
        secrets.add(secret);
    }

    List<String> secrets() {
        return List.copyOf(secrets);
    }

    /** Starts signing with another secret beside the current ones, as Stripe does while a secret is rolled. */
    void roll(String secret) {
        secrets.add(secret);
    }

    ObjectNode register(String url, String id) {
        ObjectNode endpoint = JSON.createObjectNode().put("id", id).put("object", "webhook_endpoint").put("url", url)
                .put("status", "enabled").put("api_version", API_VERSION).put("created", Instant.now().getEpochSecond())
                .put("livemode", false).put("secret", secrets.get(0));
        endpoint.putArray("enabled_events").add("*");
        endpoints.put(id, endpoint);
        return endpoint;
    }

    /** Records an event about {@code object} and sends it to every endpoint. */
    ObjectNode emit(String id, String type, ObjectNode object, ObjectNode previous, long created) {
        ObjectNode event = JSON.createObjectNode().put("id", id).put("object", "event").put("api_version", API_VERSION)
                .put("created", created).put("livemode", false).put("pending_webhooks", endpoints.size()).put("type", type);
        ObjectNode data = event.putObject("data");
        data.set("object", object.deepCopy());
        if (previous != null) {
            data.set("previous_attributes", previous);
        }
        event.putObject("request").putNull("id").putNull("idempotency_key");
        events.add(event);
        for (ObjectNode endpoint : endpoints.values()) {
            sender.execute(() -> deliver(endpoint.path("url").asText(), event, 0));
        }
        return event;
    }

    List<ObjectNode> events() {
        return new ArrayList<>(events);
    }

    /** Sends an event again, as a repeated delivery looks: same id, body and a fresh signature. */
    void resend(String eventId) {
        events.stream().filter(e -> e.path("id").asText().equals(eventId)).findFirst()
                .ifPresent(event -> endpoints.values().forEach(endpoint -> sender.execute(() -> deliver(endpoint.path("url").asText(), event, 0))));
    }

    private void deliver(String url, ObjectNode event, int attempt) {
        String body;
        try {
            body = JSON.writerWithDefaultPrettyPrinter().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8").header("User-Agent", "Stripe/1.0 (+https://stripe.com/docs/webhooks)")
                    .header("Stripe-Signature", signature(body, Instant.now().getEpochSecond()))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            status = 0;
        }
        if (status / 100 != 2 && attempt < RETRIES_MS.length) {
            LOG.debugf("Stripe event %s to %s answered %d; retrying", event.path("id").asText(), url, status);
            sender.schedule(() -> deliver(url, event, attempt + 1), RETRIES_MS[attempt], TimeUnit.MILLISECONDS);
        }
    }

    String signature(String body, long timestamp) {
        StringBuilder header = new StringBuilder("t=").append(timestamp);
        for (String secret : secrets) {
            header.append(",v1=").append(hmac(secret, timestamp + "." + body));
        }
        return header.toString();
    }

    private static String hmac(String secret, String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
