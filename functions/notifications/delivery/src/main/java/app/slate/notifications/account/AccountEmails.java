package app.slate.notifications.account;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.contacts.Contacts;
import app.slate.notifications.delivery.Channel;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.devices.Devices;
import app.slate.notifications.email.EmailChannel;
import app.slate.notifications.email.EmailConfig;
import app.slate.notifications.lifecycle.LifecycleFacts;
import app.slate.notifications.phones.Phones;
import app.slate.notifications.templates.Moments;
import app.slate.platform.events.EventEnvelope;
import app.slate.platform.events.IdentityEvents;
import app.slate.platform.events.IdentityEvents.AccountChanged;
import app.slate.platform.events.IdentityEvents.AccountDeleted;
import app.slate.platform.events.IdentityEvents.EmailRequested;
import app.slate.platform.events.IdentityEvents.IdentityVerified;
import app.slate.platform.events.PrivacyEvents.ErasureScheduled;
import app.slate.platform.events.PrivacyEvents.ExportReady;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The emails about a person's own account. They are security messages: nobody can switch them
 * off, and they go whatever the hour. The links carry their single-use token in the fragment
 * ({@code #token=}), which browsers never send to a server, so it stays out of access logs and
 * Referer headers; the web app's page posts it to identity's confirm route.
 */
@ApplicationScoped
public class AccountEmails {

    private static final String VERIFY_EMAIL = "verify-email";
    private static final String PASSWORD_RESET = "password-reset";
    private static final String ACCOUNT_DELETED = "account-deleted";
    private static final String IDENTITY_VERIFIED = "identity-verified";
    private static final String ERASURE_SCHEDULED = "erasure-scheduled";
    private static final String EXPORT_READY = "export-ready";

    private final Contacts contacts;
    private final Devices devices;
    private final Phones phones;
    private final LifecycleFacts lifecycle;
    private final EmailChannel email;
    private final EmailConfig config;

    public AccountEmails(Contacts contacts, Devices devices, Phones phones, LifecycleFacts lifecycle, EmailChannel email,
                         EmailConfig config) {
        this.contacts = contacts;
        this.devices = devices;
        this.phones = phones;
        this.lifecycle = lifecycle;
        this.email = email;
        this.config = config;
    }

    /** Registered or changed: the address and name later messages use. */
    public void accountChanged(EventEnvelope event, AccountChanged account) {
        contacts.remember(account, event.occurredAt());
    }

    /** A verification or reset link, to the address the event names (a new address is not in the contacts yet). */
    public void linkRequested(EventEnvelope event, EmailRequested request) {
        if (!request.expiresAt().isAfter(Instant.now())) {
            // Late (a long outage, a redrive from the dead-letter queue): a dead link helps nobody.
            return;
        }
        boolean reset = event.type().equals(IdentityEvents.PASSWORD_RESET_REQUESTED.name());
        String template = reset ? PASSWORD_RESET : VERIFY_EMAIL;
        String path = reset ? "/reset-password" : "/verify-email";
        Contact reader = contacts.find(request.accountId()).orElse(Contact.unknown(request.accountId()));
        Map<String, String> values = greeting(request.displayName());
        values.put("email", request.email());
        values.put("link", config.link(path + "#token=" + URLEncoder.encode(request.token(), StandardCharsets.UTF_8)));
        values.put("expires", Moments.format(request.expiresAt(), reader.language(), reader.timeZone()));
        email.send(delivery(event, request.accountId(), template, request.email()), reader.language(), values);
    }

    /** Told at the address the account had, which is then forgotten, with its push devices, its number and its journeys' facts. */
    public void accountDeleted(EventEnvelope event, AccountDeleted deleted) {
        contacts.find(deleted.accountId()).ifPresent(reader -> reader.email().ifPresent(address -> {
            Map<String, String> values = greeting(reader.displayName());
            values.put("deletedAt", Moments.format(deleted.deletedAt(), reader.language(), reader.timeZone()));
            email.send(delivery(event, deleted.accountId(), ACCOUNT_DELETED, address), reader.language(), values);
        }));
        contacts.forget(deleted.accountId(), deleted.deletedAt());
        devices.forgetAll(deleted.accountId());
        phones.forget(deleted.accountId());
        lifecycle.forget(deleted.accountId());
    }

    /** When the erasure will run, how to cancel, and the one link that finds its receipt afterwards; to whoever asked (a minor's guardian). */
    public void erasureScheduled(EventEnvelope event, ErasureScheduled scheduled) {
        contacts.find(scheduled.recipientId()).ifPresent(reader -> reader.email().ifPresent(address -> {
            Map<String, String> values = greeting(reader.displayName());
            values.put("dueAt", Moments.format(scheduled.dueAt(), reader.language(), reader.timeZone()));
            values.put("receipt", config.link("/erasures/" + scheduled.requestId()));
            email.send(delivery(event, scheduled.recipientId(), ERASURE_SCHEDULED, address), reader.language(), values);
        }));
    }

    /** The link is to the signed-in download page: the archive's own short-lived link is made only when it is asked for. */
    public void exportReady(EventEnvelope event, ExportReady ready) {
        contacts.find(ready.recipientId()).ifPresent(reader -> reader.email().ifPresent(address -> {
            Map<String, String> values = greeting(reader.displayName());
            values.put("link", config.link("/privacy/exports/" + ready.exportId()));
            values.put("expires", Moments.format(ready.expiresAt(), reader.language(), reader.timeZone()));
            email.send(delivery(event, ready.recipientId(), EXPORT_READY, address), reader.language(), values);
        }));
    }

    public void identityVerified(EventEnvelope event, IdentityVerified verified) {
        contacts.find(verified.accountId()).ifPresent(reader -> reader.email().ifPresent(address -> {
            Map<String, String> values = greeting(reader.displayName());
            values.put("verifiedAt", Moments.format(verified.verifiedAt(), reader.language(), reader.timeZone()));
            values.put("expires", verified.expiresAt() == null ? "" : Moments.format(verified.expiresAt(), reader.language(), reader.timeZone()));
            email.send(delivery(event, verified.accountId(), IDENTITY_VERIFIED, address), reader.language(), values);
        }));
    }

    private static Delivery delivery(EventEnvelope event, UUID accountId, String template, String address) {
        return new Delivery(event.id(), event.type(), accountId, Channel.EMAIL, template, address);
    }

    private static Map<String, String> greeting(String displayName) {
        Map<String, String> values = new HashMap<>();
        values.put("name", displayName == null ? "" : displayName);
        return values;
    }
}
