package app.slate.notifications;

import static app.slate.notifications.WorkerBatches.castingEvents;
import static app.slate.notifications.WorkerBatches.deliver;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.notifications.delivery.Channel;
import app.slate.notifications.devices.Devices;
import app.slate.notifications.preferences.Category;
import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.Preferences.QuietHoursSetting;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.PushSubscriber;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Web push end to end at its boundary: the worker encrypts and signs, the push service stand-in
 * checks the VAPID token, and a subscriber decrypts with its own keys, as the browser would.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class PushTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "PUSH_SERVICES")
    String pushService;

    @ConfigProperty(name = "slate.push.vapid-public-key")
    String vapidPublicKey;

    @Inject
    Devices devices;

    @Inject
    Preferences preferences;

    @Inject
    Pool database;

    @Test
    void aShortlistAndACallback_arePushed_andDecryptOnTheDevice_once() throws Exception {
        UUID talent = talent();
        PushSubscriber phone = subscribed(talent);

        String batch = castingEvents(talent);
        deliver(batch);
        deliver(batch);

        List<JsonNode> shown = decrypted(phone);
        assertThat(shown).extracting(push -> push.path("title").asText())
                .containsExactlyInAnyOrder("Shortlisted: Maya Hart", "Callback booked: Maya Hart");
        JsonNode callback = shown.stream().filter(push -> push.path("tag").asText().equals("audition")).findFirst().orElseThrow();
        assertThat(callback.path("body").asText()).contains("Spotlight Studios");
        assertThat(callback.path("url").asText()).startsWith("http://localhost:8080/submissions/");
    }

    @Test
    void aCategorySwitchedOffForPush_isNotPushed() throws Exception {
        UUID talent = talent();
        PushSubscriber phone = subscribed(talent);
        preferences.update(talent, null, null, null, List.of(new Preferences.Choice(Category.AUDITIONS, Channel.PUSH, false)))
                .await().indefinitely();

        deliver(castingEvents(talent));

        assertThat(decrypted(phone)).extracting(push -> push.path("title").asText()).containsExactly("Shortlisted: Maya Hart");
    }

    @Test
    void aSubscriptionThePushServiceSaysIsGone_isRemoved_withoutFailingTheEvent() {
        UUID talent = talent();
        PushSubscriber phone = subscribed(talent);
        phone.unsubscribe();

        deliver(castingEvents(talent));

        assertThat(devices.of(talent).await().indefinitely()).isEmpty();
        var failed = database.preparedQuery("SELECT last_error FROM notification_deliveries WHERE recipient = $1 AND channel = 'PUSH'")
                .execute(Tuple.of(talent)).await().indefinitely();
        assertThat(failed.iterator().next().getString("last_error")).contains("gone (410)");
    }

    private UUID talent() {
        UUID talent = UUID.randomUUID();
        deliver(Events.sqsBatch(Events.envelope("account.registered", "account", talent.toString(), "{\"accountId\": \"" + talent
                + "\", \"email\": \"push-" + talent + "@example.com\", \"displayName\": \"Kwame Mensah\", \"roles\": [\"talent\"], "
                + "\"source\": \"self\"}")));
        preferences.update(talent, null, null, new QuietHoursSetting(false, LocalTime.of(21, 0), LocalTime.of(8, 0)), List.of())
                .await().indefinitely();
        return talent;
    }

    private PushSubscriber subscribed(UUID talent) {
        PushSubscriber phone = PushSubscriber.subscribe(pushService, vapidPublicKey);
        devices.subscribe(talent, phone.endpoint(), phone.p256dh(), phone.auth(), "Kwame's phone").await().indefinitely();
        return phone;
    }

    private static List<JsonNode> decrypted(PushSubscriber phone) throws Exception {
        List<JsonNode> shown = new java.util.ArrayList<>();
        for (String message : phone.received()) {
            shown.add(JSON.readTree(message));
        }
        return shown;
    }
}
