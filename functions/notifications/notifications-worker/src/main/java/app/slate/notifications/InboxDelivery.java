package app.slate.notifications;

import app.slate.notifications.inbox.Inbox;
import app.slate.platform.outbox.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/**
 * Puts an event in the inbox of each person it names. The consumer runs it once per event; if
 * it fails half-way and the event comes back, the recipients already served are skipped by the
 * inbox's own conditional write, so nobody gets an item twice.
 */
@ApplicationScoped
public class InboxDelivery {

    private static final Logger LOG = Logger.getLogger(InboxDelivery.class);

    private final Inbox inbox;

    public InboxDelivery(Inbox inbox) {
        this.inbox = inbox;
    }

    public void deliver(EventEnvelope event) {
        InboxTemplates.Message message = InboxTemplates.render(event.type(), event.payload());
        if (message == null) {
            LOG.warnf("Ignoring event %s of type %s: no inbox template", event.id(), event.type());
            return;
        }
        event.payload().path("recipients").forEach(recipient ->
                inbox.deliver(recipient.asText(), event.id(), event.type(), message.title(), message.body(), message.link(),
                        event.occurredAt()));
    }
}
