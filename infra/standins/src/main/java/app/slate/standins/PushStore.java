package app.slate.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Every message the push service stand-in accepted ({@code GET /store}), still encrypted. JDK and Jackson only. */
public final class PushStore {

    /** One accepted push: for which subscription, when, how long it may wait, and its encrypted body. */
    public record Pushed(String id, String subscription, Instant receivedAt, long ttl, String urgency, byte[] body) {
    }

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private PushStore() {
    }

    public static List<Pushed> messages(String pushService) {
        List<Pushed> messages = new ArrayList<>();
        for (JsonNode message : call(HttpRequest.newBuilder(URI.create(pushService + "/store")).GET()).path("messages")) {
            messages.add(new Pushed(message.path("id").asText(), message.path("subscription").asText(),
                    Instant.parse(message.path("receivedAt").asText()), message.path("ttl").asLong(), message.path("urgency").asText(null),
                    Base64.getDecoder().decode(message.path("body").asText())));
        }
        return messages;
    }

    static JsonNode call(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = HTTP.send(request.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return answer.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("the push service stand-in did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling the push service stand-in", e);
        }
    }
}
