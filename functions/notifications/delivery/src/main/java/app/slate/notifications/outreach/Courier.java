package app.slate.notifications.outreach;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.email.EmailChannel;
import app.slate.notifications.email.PendingEmail;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes a message to its channel now, or holds it through the reader's quiet hours. What can wait
 * waits until their morning, in their own zone; what cannot (an audition within a day, a self-tape
 * due within hours) goes at once. A held message is planned under its delivery's own key, so the
 * same event held twice is one held message, and goes exactly as it was written.
 */
@ApplicationScoped
public class Courier {

    private final EmailChannel email;
    private final Schedule schedule;

    public Courier(EmailChannel email, Schedule schedule) {
        this.email = email;
        this.schedule = schedule;
    }

    /** Sends now, or holds until the end of the reader's quiet hours as of {@code now}. */
    public void email(Contact reader, PendingEmail message, Urgency urgency, Instant now) {
        Optional<Instant> morning = urgency == Urgency.URGENT ? Optional.empty()
                : reader.quietHours().flatMap(quiet -> quiet.holdUntil(now, reader.zone()));
        if (morning.isPresent()) {
            schedule.plan(Waiting.HELD, key(message.delivery()), morning.get(), message);
            return;
        }
        email.send(message);
    }

    /** A held message whose morning came. */
    public void release(Due held) {
        email.send(schedule.payload(held, PendingEmail.class));
    }

    private static String key(Delivery delivery) {
        return "held:" + delivery.eventId() + ":" + delivery.channel() + ":" + delivery.address();
    }
}
