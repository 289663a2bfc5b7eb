package app.slate.notifications.sms;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.contacts.Contacts;
import app.slate.notifications.delivery.Channel;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.outreach.PendingMessage;
import app.slate.notifications.phones.Phones;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.NotificationEvents.PhoneVerificationRequested;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The code that proves a person holds the number they set: made here, texted at once at any hour
 * (they are waiting for it), and kept only as a hash. A number changed or verified meanwhile, or
 * over its hourly allowance, gets nothing.
 */
@ApplicationScoped
public class PhoneCodes {

    static final String TEMPLATE = "phone-verification";

    private final Phones phones;
    private final Contacts contacts;
    private final SmsChannel sms;

    public PhoneCodes(Phones phones, Contacts contacts, SmsChannel sms) {
        this.phones = phones;
        this.contacts = contacts;
        this.sms = sms;
    }

    public void requested(EventEnvelope event, PhoneVerificationRequested request) {
        phones.newCode(request.accountId(), request.number()).ifPresent(code -> {
            Contact reader = contacts.find(request.accountId()).orElse(Contact.unknown(request.accountId()));
            sms.send(new PendingMessage(new Delivery(event.id(), event.type(), request.accountId(), Channel.SMS, TEMPLATE, request.number()),
                    reader.language(), Map.of("code", code)));
        });
    }
}
