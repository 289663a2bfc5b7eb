package app.slate.notifications;

import app.slate.notifications.inbox.Inbox;
import app.slate.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Puts an event in the inbox of each person it names, and shows it at once in their open apps. The consumer runs it once per event; if
 * it fails half-way and the event comes back, the recipients already served are skipped by the
 * inbox's own conditional write, so nobody gets an item twice.
 */
@ApplicationScoped
public class InboxDelivery {

    private final Inbox inbox;
    private final RealtimeFrames frames;

    public InboxDelivery(Inbox inbox, RealtimeFrames frames) {
        this.inbox = inbox;
        this.frames = frames;
    }

    void deliver(EventEnvelope event, InboxTemplates.Message message, List<String> recipients) {
        recipients.forEach(recipient -> {
            if (inbox.deliver(recipient, event.id(), event.type(), message.title(), message.body(), message.link(), event.occurredAt())
                    && recipient.length() == 36) {
                frames.inboxItem(recipient, event, message);
            }
        });
    }
}
