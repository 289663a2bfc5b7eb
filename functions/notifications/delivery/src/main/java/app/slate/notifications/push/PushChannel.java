package app.slate.notifications.push;

import app.slate.platform.metrics.Metrics;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.delivery.DeliveryLog;
import app.slate.notifications.devices.Device;
import app.slate.notifications.devices.Devices;
import app.slate.notifications.outreach.PendingMessage;
import app.slate.notifications.templates.MessageTemplates;
import app.slate.notifications.templates.MessageTemplates.RenderedPush;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Web push (RFC 8030) to one subscribed device: the message rendered as a title, a body and the
 * link to open, encrypted to the device's keys (RFC 8291) and signed for with Slate's VAPID key
 * (RFC 8292). The push service answering 404 or 410 means the subscription is gone: the device is
 * removed. A refusal that will not change (400, 403, 413) is recorded as failed; anything else
 * fails the event, which the queue retries, and the delivery log keeps a push that already left
 * from going twice. The delivery's address is the device's id.
 */
@ApplicationScoped
public class PushChannel {

    private static final Logger LOG = Logger.getLogger(PushChannel.class);
    static final String PROVIDER = "webpush";
    /** A message the device has not collected within a day is dropped by the push service. */
    static final Duration TIME_TO_LIVE = Duration.ofDays(1);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final MessageTemplates templates = new MessageTemplates();
    private final DeliveryLog log;
    private final Devices devices;
    private final Vapid vapid;
    private final ObjectMapper json;

    public PushChannel(DeliveryLog log, Devices devices, PushConfig config, ObjectMapper json) {
        this.log = log;
        this.devices = devices;
        this.vapid = new Vapid(config.vapidPublicKey(), config.vapidPrivateKey(), config.vapidSubject());
        this.json = json;
    }

    /** False when this push had already left, the device is gone, or the push service refused it for good. */
    public boolean send(PendingMessage pending, boolean urgent) {
        Delivery delivery = pending.delivery();
        Optional<UUID> claimed = log.claim(delivery);
        if (claimed.isEmpty()) {
            return false;
        }
        Optional<Device> device = devices.ofPerson(delivery.recipient()).stream()
                .filter(candidate -> candidate.id().toString().equals(delivery.address())).findFirst();
        if (device.isEmpty()) {
            log.failed(claimed.get(), "the device was removed before the push left");
            return false;
        }
        HttpResponse<String> answer = push(device.get(), payload(pending), urgent, claimed.get());
        int status = answer.statusCode();
        if (status == 201 || status == 202) {
            log.sent(claimed.get(), PROVIDER, answer.headers().firstValue("Location").orElse(null));
            devices.pushed(device.get().id());
            Metrics.count("Notifications", Map.of("Channel", "PUSH"));
            return true;
        }
        if (status == 404 || status == 410) {
            devices.gone(device.get().id());
            log.failed(claimed.get(), "the push service says this subscription is gone (" + status + "); the device is removed");
            return false;
        }
        if (status == 400 || status == 403 || status == 413) {
            LOG.warnf("Push service refused %s for event %s: %d %s", delivery.template(), delivery.eventId(), status, answer.body());
            log.failed(claimed.get(), "refused by the push service: " + status);
            return false;
        }
        log.failed(claimed.get(), "push service answered " + status);
        Metrics.count("ProviderErrors", Map.of("Provider", "web-push"));
        throw new IllegalStateException("push service answered " + status + " for event " + delivery.eventId());
    }

    private byte[] payload(PendingMessage pending) {
        RenderedPush rendered = templates.push(pending.delivery().template(), pending.language(), pending.values());
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("title", rendered.title());
        shown.put("body", rendered.body());
        shown.put("url", pending.values().get("link"));
        shown.put("tag", pending.delivery().template());
        try {
            return json.writeValueAsBytes(shown);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> push(Device device, byte[] payload, boolean urgent, UUID deliveryId) {
        URI endpoint = URI.create(device.endpoint());
        byte[] body = WebPushEncryption.encrypt(payload, decode(device.p256dh()), decode(device.auth()));
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/octet-stream")
                .header("Content-Encoding", "aes128gcm")
                .header("TTL", Long.toString(TIME_TO_LIVE.toSeconds()))
                .header("Urgency", urgent ? "high" : "normal")
                .header("Authorization", vapid.authorization(endpoint, Instant.now()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            log.failed(deliveryId, "push service unreachable: " + e.getMessage());
            throw new IllegalStateException("push service unreachable for delivery " + deliveryId, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while pushing", e);
        }
    }

    private static byte[] decode(String base64url) {
        return java.util.Base64.getUrlDecoder().decode(base64url.replace("=", ""));
    }
}
