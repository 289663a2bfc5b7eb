package app.slate.notifications;

import static app.slate.notifications.WorkerBatches.accountEmails;
import static app.slate.notifications.WorkerBatches.deliver;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.notifications.inbox.Inbox;
import app.slate.notifications.inbox.InboxItem;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SesStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
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
        deliver(accountEmails(account, address, "2030-01-01T00:00:00Z"));
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

        deliver(accountEmails(account, address, "2030-01-01T00:00:00Z"));
        assertThat(SesStore.emails(ses).stream().filter(email -> email.to().contains(address))).hasSize(1);
    }

    private String statusOf(String address) {
        return database.preparedQuery("SELECT status FROM notification_deliveries WHERE address = $1 ORDER BY created_at LIMIT 1")
                .execute(Tuple.of(address)).await().indefinitely().iterator().next().getString("status");
    }

 
 }
