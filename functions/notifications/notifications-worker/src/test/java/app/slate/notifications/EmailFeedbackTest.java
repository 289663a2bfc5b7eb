package app.slate.notifications;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.notifications.inbox.Inbox;
import app.slate.notifications.inbox.InboxItem;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SesStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * SES's report of a permanent bounce, as SNS puts it on the email feedback queue
 * (events/notifications-worker/email-feedback.json), for an email the worker really sent.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class EmailFeedbackTest {

    @ConfigProperty(name = "slate.email.endpoint")
    String ses;

    @Inject
    Pool database;

    @Inject
    Inbox inbox;

    @Test
    void aPermanentBounce_marksTheMessage_suppressesTheAddress_andTellsThePersonInTheApp_once() {
        UUID account = UUID.randomUUID();
        String address = "gone-" + account + "@example.com";
        deliver(verificationRequest(account, address));
        String messageId = database.preparedQuery("SELECT provider_message_id FROM notification_deliveries WHERE address = $1")
                .execute(Tuple.of(address)).await().indefinitely().iterator().next().getString("provider_message_id");

        String bounce = Events.read("notifications-worker", "email-feedback.json")
                .replace("4f8a2c1e-9b3d-5e7f-a1c2-d3e4f5a6b7c8", UUID.randomUUID().toString())
                .replace("0100019bc44e2f1a-5c1d3b7e-8a2f-4e61-9d0c-3f7a1b2c4d5e-000000", messageId)
                .replace("no-such-actor@example.com", address);
        deliver(bounce);
        deliver(bounce);

        assertThat(statusOf(address)).isEqualTo("BOUNCED");
        assertThat(inbox.page(account.toString(), null, 10).items()).extracting(InboxItem::title)
                .containsExactly("We could not deliver email to " + address);

        deliver(verificationRequest(account, address));
        assertThat(SesStore.emails(ses).stream().filter(email -> email.to().contains(address))).hasSize(1);
    }

    private String statusOf(String address) {
        return database.preparedQuery("SELECT status FROM notification_deliveries WHERE address = $1 ORDER BY created_at LIMIT 1")
                .execute(Tuple.of(address)).await().indefinitely().iterator().next().getString("status");
    }

    private static String verificationRequest(UUID account, String address) {
        return Events.read("notifications-worker", "account-emails.json")
                .replace("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", UUID.randomUUID().toString())
                .replace("2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b", UUID.randomUUID().toString())
                .replace("6a1e9c4d-2b7f-4d3a-8e5c-1f0a9b8c7d6e", account.toString())
                .replace("layla.otaibi@example.sa", address);
    }

    private static void deliver(String events) {
        given().contentType(ContentType.JSON).body(events).when().post("/_lambda_")
                .then().statusCode(200).body("batchItemFailures", empty());
    }
}
