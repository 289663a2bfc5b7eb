package app.slate.notifications;

import static app.slate.notifications.WorkerBatches.castingEvents;
import static app.slate.notifications.WorkerBatches.deliver;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.notifications.inbox.Inbox;
import app.slate.notifications.inbox.InboxItem;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Drives the handler with events/notifications-worker/casting-events.json through the Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class NotificationsHandlerTest {

    @Inject
    Inbox inbox;

    @Test
    void eachEvent_reachesItsRecipientsInbox_withReadableWords() {
        String recipient = UUID.randomUUID().toString();
        deliver(castingEvents(recipient));

        List<InboxItem> items = inbox.page(recipient, null, 10).items();
        assertThat(items).extracting(InboxItem::title).containsExactly("Callback booked: Maya Hart", "You've been shortlisted");
        assertThat(items.get(0).body()).isEqualTo("Thu 3 Dec 2026, 14:30 GMT · in person · The Glass Orchard");
        assertThat(inbox.unread(recipient)).isEqualTo(2);
    }

    @Test
    void theSameEventDeliveredTwice_makesExactlyOneItem() {
        String recipient = UUID.randomUUID().toString();
        String events = castingEvents(recipient);
        deliver(events);
        deliver(events);

        assertThat(inbox.page(recipient, null, 10).items()).hasSize(2);
        assertThat(inbox.unread(recipient)).isEqualTo(2);
    }

    @Test
    void markingRead_lowersTheUnreadCount_andPagesFollowTheCursor() {
        String recipient = UUID.randomUUID().toString();
        deliver(castingEvents(recipient));
        var first = inbox.page(recipient, null, 1);
        inbox.markRead(recipient, first.items().get(0).id());
        inbox.markRead(recipient, first.items().get(0).id());

        assertThat(inbox.unread(recipient)).isEqualTo(1);
        var second = inbox.page(recipient, first.nextCursor(), 1);
        assertThat(second.items()).extracting(InboxItem::title).containsExactly("You've been shortlisted");
        assertThat(inbox.page(recipient, null, 10).items().get(0).readAt()).isNotNull();
    }


 }
