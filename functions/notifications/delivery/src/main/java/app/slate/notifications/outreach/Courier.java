package app.slate.notifications.outreach;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.email.EmailChannel;
import app.slate.notifications.push.PushChannel;
import app.slate.notifications.sms.SmsChannel;
import app.slate.notifications.schedule.Due;
import app.slate.notifications.schedule.Schedule;
import app.slate.notifications.schedule.Waiting;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * Takes a message to its channel (email, push or SMS) now, or holds it through the reader's quiet hours. What can wait
 * waits until their morning, in their own zone; what cannot (an audition within a day, a self-tape
 * due within hours) goes at once. A held message is planned under its delivery's own key, so the
 * same event held twice is one held message, and goes exactly as it was written.
 */
@ApplicationScoped
public class Courier {

    private final EmailChannel email;
    private final PushChannel push;
    private final SmsChannel sms;
    private final Schedule schedule;

    public Courier(EmailChannel email, PushChannel push, SmsChannel sms, Schedule schedule) {
        this.email = email;
        this.push = push;
        this.sms = sms;
        this.schedule = schedule;
    }

    /** Sends now on the delivery's channel, or holds until the end of the reader's quiet hours as of {@code now}. */
    public void send(Contact reader, PendingMessage message, Urgency urgency, Instant now) {
        Optional<Instant> morning = urgency == Urgency.URGENT ? Optional.empty()
                : reader.quietHours().flatMap(quiet -> quiet.holdUntil(now, reader.zone()));
        if (morning.isPresent()) {
            schedule.plan(Waiting.HELD, key(message.delivery()), morning.get(), message);
            return;
        }
        deliver(message, urgency);
    }

    /** A held message whose morning came. */
    public void release(Due held) {
        deliver(schedule.payload(held, PendingMessage.class), Urgency.CAN_WAIT);
    }

    private void deliver(PendingMessage message, Urgency urgency) {
        switch (message.delivery().channel()) {
            case EMAIL -> email.send(message);
            case PUSH -> push.send(message, urgency == Urgency.URGENT);
            case SMS -> sms.send(message);
        }
    }

    private static String key(Delivery delivery) {
        return "held:" + delivery.eventId() + ":" + delivery.channel() + ":" + delivery.address();
    }
}
