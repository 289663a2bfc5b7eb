package app.slate.notifications.sms;

import app.slate.platform.metrics.Metrics;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.delivery.DeliveryLog;
import app.slate.notifications.outreach.PendingMessage;
import app.slate.notifications.templates.MessageTemplates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * SMS through Twilio's Messaging API, at its HTTP boundary (form-encoded {@code POST
 * /2010-04-01/Accounts/{sid}/Messages.json}, basic auth), with a status callback that reports
 * delivery. The primary route is tried first; when it is down (no connection, 5xx, 429, or its
 * credentials refused) the fallback route sends instead. A number Twilio refuses for good (invalid,
 * unsubscribed by STOP) is recorded as failed on no route. Only a refusal Twilio answered moves on
 * to the fallback, so a message is never sent on both; a request that timed out after it was sent
 * fails the event instead, which the queue retries, and that is the one way a text could go twice.
 */
@ApplicationScoped
public class SmsChannel {

    private static final Logger LOG = Logger.getLogger(SmsChannel.class);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final MessageTemplates templates = new MessageTemplates();
    private final DeliveryLog log;
    private final List<TwilioRoute> routes;
    private final String statusCallback;
    private final ObjectMapper json;

    public SmsChannel(DeliveryLog log, SmsConfig config, ObjectMapper json) {
        this.log = log;
        this.routes = TwilioRoute.of(config);
        this.statusCallback = config.statusCallback();
        this.json = json;
    }

    /** False when this text had already left, or Twilio refused the number for good. */
    public boolean send(PendingMessage pending) {
        Delivery delivery = pending.delivery();
        Optional<UUID> claimed = log.claim(delivery);
        if (claimed.isEmpty()) {
            return false;
        }
        String body = templates.sms(delivery.template(), pending.language(), pending.values());
        String lastError = "no SMS route";
        for (TwilioRoute route : routes) {
            Answer answer = post(route, delivery.address(), body);
            if (answer.status() == 201) {
                log.sent(claimed.get(), "twilio:" + route.name(), answer.body().path("sid").asText());
                Metrics.count("Notifications", Map.of("Channel", "SMS"));
                return true;
            }
            lastError = route.name() + ": " + answer.describe();
            if (!answer.routeDown()) {
                LOG.warnf("Twilio refused %s for event %s: %s", delivery.template(), delivery.eventId(), lastError);
                log.failed(claimed.get(), lastError);
                return false;
            }
            LOG.warnf("SMS route %s is down (%s); trying the next", route, answer.describe());
            Metrics.count("ProviderErrors", Map.of("Provider", "twilio"));
        }
        log.failed(claimed.get(), lastError);
        throw new IllegalStateException("every SMS route failed for event " + delivery.eventId() + ": " + lastError);
    }

    /** What a route answered: its status and JSON body; 0 when it could not be reached. */
    record Answer(int status, JsonNode body, String failure) {

        /** Down (try the next route) rather than refusing this message. */
        boolean routeDown() {
            return status == 0 || status == 401 || status == 403 || status == 429 || status >= 500;
        }

        String describe() {
            return status == 0 ? failure : status + " " + body.path("code").asText("") + " " + body.path("message").asText("");
        }
    }

    private Answer post(TwilioRoute route, String to, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", to);
        form.put(route.sender().startsWith("MG") ? "MessagingServiceSid" : "From", route.sender());
        form.put("Body", body);
        form.put("StatusCallback", statusCallback);
        String encoded = form.entrySet().stream()
                .map(field -> field.getKey() + "=" + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = HttpRequest.newBuilder(route.apiUrl().resolve("/2010-04-01/Accounts/" + route.accountSid() + "/Messages.json"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((route.accountSid() + ":" + route.authToken()).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encoded))
                .build();
        try {
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(answer.statusCode(), answer.body().isBlank() ? json.createObjectNode() : json.readTree(answer.body()), null);
        } catch (ConnectException | HttpConnectTimeoutException unreachable) {
            return new Answer(0, json.createObjectNode(), "unreachable: " + unreachable.getClass().getSimpleName());
        } catch (IOException afterSending) {
            // It may have been sent: another route could double it, so the queue retries this event instead.
            throw new IllegalStateException("SMS route " + route + " did not answer in time", afterSending);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending SMS", e);
        }
    }
}
