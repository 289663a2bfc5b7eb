package app.slate.standins.moyasar;

import app.slate.standins.HttpAnswers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Moyasar's webhooks: each registered webhook (its URL, the shared secret it was given, the events
 * it wants) gets a JSON POST per event, {@code {id, type, created_at, secret_token, account_name,
 * live, data: <payment>}}, with no signature header: the secret token in the body is the proof.
 * A delivery without a 2xx answer is retried on a compressed schedule (1 s, 5 s, 30 s).
 */
final class MoyasarWebhooks implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(MoyasarWebhooks.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long[] RETRIES_MS = {1_000, 5_000, 30_000};

    private final Map<String, ObjectNode> webhooks = new ConcurrentHashMap<>();
    private final List<ObjectNode> events = new CopyOnWriteArrayList<>();
    /** While paused, events are recorded (listed by /control/events) and sent to nobody: a test or benchmark delivers them itself. */
    private volatile boolean paused;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final ScheduledExecutorService sender = Executors.newScheduledThreadPool(2, HttpAnswers.daemons("moyasar-webhooks"));

    ObjectNode register(ObjectNode request) {
        String url = request.path("url").asText();
        if (!url.startsWith("http")) {
            throw new MoyasarError(400, "invalid_request_error", "Validation Failed", "url", "is invalid");
        }
        ObjectNode webhook = JSON.createObjectNode().put("id", UUID.randomUUID().toString())
                .put("http_method", request.path("http_method").asText("post")).put("url", url)
                .put("created_at", Instant.now().toString());
        webhook.set("events", request.path("events").isArray() ? request.path("events").deepCopy() : JSON.createArrayNode());
        webhooks.put(webhook.path("id").asText(), webhook.deepCopy().put("shared_secret", request.path("shared_secret").asText()));
        return webhook;
    }

    void emit(String type, ObjectNode payment) {
        ObjectNode event = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("type", type)
                .put("created_at", Instant.now().toString()).put("account_name", "Slate (local Moyasar)").put("live", false);
        event.set("data", payment.deepCopy());
        events.add(event);
        if (!paused) {
            webhooks.values().forEach(webhook -> send(webhook, event));
        }
    }

    void pause(boolean pause) {
        paused = pause;
    }

    List<ObjectNode> events() {
        return new ArrayList<>(events);
    }

    void resend(String eventId) {
        events.stream().filter(e -> e.path("id").asText().equals(eventId)).findFirst()
                .ifPresent(event -> webhooks.values().forEach(webhook -> send(webhook, event)));
    }

    private void send(ObjectNode webhook, ObjectNode event) {
        boolean wanted = webhook.path("events").isEmpty();
        for (var type : webhook.path("events")) {
            wanted |= type.asText().equals(event.path("type").asText());
        }
        if (wanted) {
            ObjectNode delivery = event.deepCopy().put("secret_token", webhook.path("shared_secret").asText());
            sender.execute(() -> deliver(webhook.path("url").asText(), delivery, 0));
        }
    }

    private void deliver(String url, ObjectNode delivery, int attempt) {
        int status;
        try {
            status = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json").header("User-Agent", "Moyasar-Webhooks")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(delivery))).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            status = 0;
        }
        if (status / 100 != 2 && attempt < RETRIES_MS.length) {
            LOG.debugf("Moyasar event %s to %s answered %d; retrying", delivery.path("id").asText(), url, status);
            sender.schedule(() -> deliver(url, delivery, attempt + 1), RETRIES_MS[attempt], TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
