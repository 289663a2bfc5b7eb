package app.slate.standins;

import static java.nio.charset.StandardCharsets.UTF_8;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every email the SES stand-in accepted, read from its store ({@code GET /store}): what the local
 * mailbox shows and what tests read their links from. JDK and Jackson only.
 */
public final class SesStore {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private SesStore() {
    }

    public static List<SentMessage> emails(String sesEndpoint) {
        JsonNode stored;
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(sesEndpoint).resolve("/store"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            stored = JSON.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("the SES stand-in's store did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted reading the SES stand-in's store", e);
        }
        List<SentMessage> emails = new ArrayList<>();
        for (JsonNode email : stored.path("emails")) {
            List<String> to = new ArrayList<>();
            email.path("destination").path("to").forEach(address -> to.add(address.asText()));
            Map<String, String> headers = new LinkedHashMap<>();
            email.path("headers").forEach(header -> headers.put(header.path("name").asText(), header.path("value").asText()));
            List<SentMessage.File> attachments = new ArrayList<>();
            email.path("attachments").forEach(file -> attachments.add(new SentMessage.File(file.path("filename").asText(),
                    file.path("contentType").asText(), new String(Base64.getDecoder().decode(file.path("content").asText()), UTF_8))));
            emails.add(new SentMessage("email", email.path("messageId").asText(), to, email.path("from").asText(),
                    email.path("subject").asText(), email.path("body").path("text").asText(null),
                    email.path("body").path("html").asText(null), headers, attachments, Instant.ofEpochSecond(email.path("at").asLong())));
        }
        return emails;
    }
}
