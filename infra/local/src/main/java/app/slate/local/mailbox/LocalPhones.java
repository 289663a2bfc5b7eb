package app.slate.local.mailbox;

import app.slate.standins.PushStore;
import app.slate.standins.PushSubscriber;
import app.slate.standins.SentMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Development phones: browsers the local cloud plays for people trying Slate, subscribed to push
 * at the push service stand-in with keys the local cloud keeps, so the mailbox can show what each
 * push would display. A push to any other subscription (a real browser's) stays encrypted.
 */
@ApplicationScoped
public class LocalPhones {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A phone and whose it is. */
    record Phone(PushSubscriber subscriber, String owner) {
    }

    private final String pushService;
    private final String vapidPublicKey;
    private final Map<String, Phone> bySubscription = new ConcurrentHashMap<>();

    public LocalPhones(@ConfigProperty(name = "PUSH_SERVICES") String pushService,
                       @ConfigProperty(name = "slate.push.vapid-public-key") String vapidPublicKey) {
        this.pushService = pushService;
        this.vapidPublicKey = vapidPublicKey;
    }

    /** A new phone for {@code owner} (an address, as the mailbox lists people). */
    PushSubscriber subscribe(String owner) {
        PushSubscriber phone = PushSubscriber.subscribe(pushService, vapidPublicKey);
        bySubscription.put(phone.endpoint(), new Phone(phone, owner));
        return phone;
    }

    /** Every push the push service accepted, as the mailbox shows messages. */
    List<SentMessage> pushes() {
        return PushStore.messages(pushService).stream().map(pushed -> {
            String endpoint = pushService + "/push/" + pushed.subscription();
            Phone phone = bySubscription.get(endpoint);
            if (phone == null) {
                return new SentMessage("push", pushed.id(), List.of(endpoint), null, "(encrypted for a browser this local cloud does not hold)",
                        null, null, Map.of("Urgency", String.valueOf(pushed.urgency())), List.of(), pushed.receivedAt());
            }
            JsonNode shown = read(phone.subscriber().decrypt(pushed.body()));
            return new SentMessage("push", pushed.id(), List.of(phone.owner()), null, shown.path("title").asText(),
                    shown.path("body").asText() + "\n" + shown.path("url").asText(""), null,
                    Map.of("Urgency", String.valueOf(pushed.urgency())), List.of(), pushed.receivedAt());
        }).toList();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a push to a local phone is not JSON", e);
        }
    }
}
