package app.slate.notifications.casting;

import app.slate.notifications.calendar.CalendarEntry;
import app.slate.notifications.calendar.Invitations;
import app.slate.notifications.contacts.Contact;
import app.slate.notifications.contacts.Contacts;
import app.slate.notifications.delivery.Channel;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.devices.Device;
import app.slate.notifications.devices.Devices;
import app.slate.notifications.email.Attachment;
import app.slate.notifications.email.EmailConfig;
import app.slate.notifications.outreach.Courier;
import app.slate.notifications.outreach.PendingMessage;
import app.slate.notifications.outreach.Urgency;
import app.slate.notifications.phones.Phones;
import app.slate.notifications.preferences.Category;
import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.UnsubscribeLinks;
import app.slate.notifications.preferences.UnsubscribeLinks.Unsubscribe;
import app.slate.notifications.templates.Moments;
import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.CastingEvents.RoleInvited;
import app.slate.platform.events.CastingEvents.SelfTapeExpired;
import app.slate.platform.events.CastingEvents.SelfTapeRequested;
import app.slate.platform.events.CastingEvents.SubmissionStatusChanged;
import app.slate.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The emails and pushes people get about roles, submissions, self-tapes and auditions, beside the
 * inbox item every event makes: an invitation to submit, a decision (shortlisted, callback, offer, booked, not
 * this time), a self-tape request and its reminders, an audition booked, moved or cancelled (with
 * its calendar invitation) and its reminders. Each goes to every person named, by email if they have
 * an address, by SMS to the number they verified, and to each device they subscribed for push, on
 * each channel they have not switched the category off for, in their language with times in their zone,
 * through the {@link Courier}, which holds what can wait through their quiet hours. Seen and
 * withdrawn are in-app only: an email for every glance would teach people to ignore them.
 */
@ApplicationScoped
public class CastingMessages {

    static final Set<String> EMAILED_STATUSES = Set.of("SHORTLISTED", "CALLBACK", "OFFERED", "BOOKED", "DECLINED");

    /** What caused an email: the event (or the reminder) whose id keeps it from going twice. */
    public record Cause(UUID id, String type) {

        public static Cause of(EventEnvelope event) {
            return new Cause(event.id(), event.type());
        }
    }

    private final Contacts contacts;
    private final Preferences preferences;
    private final Devices devices;
    private final Phones phones;
    private final Courier courier;
    private final EmailConfig config;
    private final UnsubscribeLinks links;

    public CastingMessages(Contacts contacts, Preferences preferences, Devices devices, Phones phones, Courier courier,
                           EmailConfig config, UnsubscribeLinks links) {
        this.contacts = contacts;
        this.preferences = preferences;
        this.devices = devices;
        this.phones = phones;
        this.courier = courier;
        this.config = config;
        this.links = links;
    }

    public void roleInvited(EventEnvelope event, RoleInvited invitation, Instant now) {
        send(Cause.of(event), invitation.recipients(), Category.ROLE_INVITATIONS, "role-invited", Urgency.CAN_WAIT, now,
                reader -> values(reader, invitation.roleName(), invitation.projectTitle(), "/roles/" + invitation.roleId(),
                        Map.of("closes", Moments.format(invitation.deadline(), reader.language(), reader.timeZone()))));
    }

    /** A role the talent was invited to closes in two days and they have not submitted. */
    public void roleClosing(Cause reminder, RoleInvited invitation, Instant now) {
        send(reminder, invitation.recipients(), Category.ROLE_INVITATIONS, "role-closing", Urgency.CAN_WAIT, now,
                reader -> values(reader, invitation.roleName(), invitation.projectTitle(), "/roles/" + invitation.roleId(),
                        Map.of("closes", Moments.format(invitation.deadline(), reader.language(), reader.timeZone()))));
    }

    public void statusChanged(EventEnvelope event, SubmissionStatusChanged change, Instant now) {
        if (!EMAILED_STATUSES.contains(change.to())) {
            return;
        }
        send(Cause.of(event), change.recipients(), Category.SUBMISSIONS, "submission-status", Urgency.CAN_WAIT, now,
                reader -> values(reader, change.roleName(), change.projectTitle(), "/submissions/" + change.submissionId(),
                        Map.of("status", change.to())));
    }

    public void selfTapeRequested(EventEnvelope event, SelfTapeRequested request, Instant now) {
        selfTape(Cause.of(event), request, "self-tape-requested", now);
    }

    /** The deadline passed with no tape: the request is closed (the team may ask again). */
    public void selfTapeExpired(EventEnvelope event, SelfTapeExpired expired, Instant now) {
        send(Cause.of(event), expired.recipients(), Category.SELF_TAPES, "self-tape-expired", Urgency.CAN_WAIT, now,
                reader -> values(reader, expired.roleName(), expired.projectTitle(), "/submissions/" + expired.submissionId(),
                        Map.of("due", Moments.format(expired.deadline(), reader.language(), reader.timeZone()))));
    }

    /** A reminder before a self-tape's deadline, to whoever the request was for. */
    public void selfTapeReminder(Cause reminder, SelfTapeRequested request, Instant now) {
        selfTape(reminder, request, "self-tape-reminder", now);
    }

    /**
     * An audition booked, moved or cancelled, with its calendar invitation attached: times are the
     * reader's, so an in-person audition in another zone still reads in their own, with the zone named.
     */
    public void audition(EventEnvelope event, AuditionChanged audition, CalendarEntry.Outcome calendar, Instant now) {
        CalendarEntry entry = calendar.entry();
        send(Cause.of(event), audition.recipients(), Category.AUDITIONS, "audition", Urgency.ofAudition(audition.startsAt(), now), now,
                reader -> auditionValues(reader, audition, Map.of(
                        "cancelled", calendar.change() == CalendarEntry.Change.CANCELLED ? "yes" : "",
                        "moved", calendar.change() == CalendarEntry.Change.MOVED ? "yes" : "")),
                reader -> List.of(new Attachment("audition.ics", "text/calendar; charset=UTF-8; method=" + (entry.cancelled() ? "CANCEL" : "REQUEST"),
                        Invitations.emailed(entry, reader.zone(), new Invitations.Addressed(config.fromAddress(), reader.email().orElseThrow())))));
    }

    /** A reminder before an audition, to the talent. */
    public void auditionReminder(Cause reminder, AuditionChanged audition, Instant now) {
        send(reminder, List.of(audition.talentId()), Category.AUDITIONS, "audition-reminder", Urgency.ofAudition(audition.startsAt(), now),
                now, reader -> auditionValues(reader, audition, Map.of()), reader -> List.of());
    }

    private void selfTape(Cause cause, SelfTapeRequested request, String template, Instant now) {
        send(cause, request.recipients(), Category.SELF_TAPES, template, Urgency.ofSelfTape(request.deadline(), now), now,
                reader -> values(reader, request.roleName(), request.projectTitle(), "/submissions/" + request.submissionId(),
                        Map.of("due", Moments.format(request.deadline(), reader.language(), reader.timeZone()))));
    }

    /**
     * A team member's digest of the submissions that arrived in its window: how many in all, and a
     * row per role (role, project, count, link to the role's submissions).
     */
    public void submissionsDigest(Cause digest, String member, int total, List<Map<String, String>> roles, Instant now) {
        send(digest, List.of(member), Category.NEW_SUBMISSIONS, "submissions-digest", Urgency.CAN_WAIT, now, reader -> Map.of(
                "name", reader.displayName() == null ? "" : reader.displayName(),
                "count", String.valueOf(total),
                "roles", roles));
    }

    /** New messages in one conversation that {@code reader} left unread through the notice window: one notice for them all. */
    public void messagesWaiting(Cause notice, UUID reader, int count, String from, String title, UUID conversationId, Instant now) {
        send(notice, List.of(reader.toString()), Category.MESSAGES, "messages-waiting", Urgency.CAN_WAIT, now, contact -> Map.of(
                "name", contact.displayName() == null ? "" : contact.displayName(),
                "count", String.valueOf(count),
                "one", count == 1 ? "yes" : "",
                "from", from,
                "title", title,
                "link", config.link("/conversations/" + conversationId)));
    }

    /**
     * New matches for a saved search: one at once, or a digest of those that gathered (each with its
     * link). {@code kind} TALENT links profiles, ROLE links roles.
     */
    public void savedSearchMatches(Cause alert, UUID owner, String search, String kind, List<Map<String, String>> matches, Instant now) {
        send(alert, List.of(owner.toString()), Category.SAVED_SEARCHES, "saved-search-matches", Urgency.CAN_WAIT, now, contact -> Map.of(
                "name", contact.displayName() == null ? "" : contact.displayName(),
                "search", search,
                "count", String.valueOf(matches.size()),
                "one", matches.size() == 1 ? "yes" : "",
                "profiles", "TALENT".equals(kind) ? "yes" : "",
                "matches", matches.stream().map(m -> Map.of("title", m.get("title"),
                        "link", config.link(("TALENT".equals(kind) ? "/talents/" : "/roles/") + m.get("objectId")))).toList()));
    }

    /** A lifecycle journey's step for one person (welcome, profile nudge, come back): a link into the app. */
    public void tip(Cause step, UUID person, String template, String path, Instant now) {
        send(step, List.of(person.toString()), Category.TIPS, template, Urgency.CAN_WAIT, now, reader -> Map.of(
                "name", reader.displayName() == null ? "" : reader.displayName(),
                "link", config.link(path)));
    }

    private Map<String, String> auditionValues(Contact reader, AuditionChanged audition, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(more);
        values.put("when", Moments.format(audition.startsAt(), reader.language(), reader.timeZone()));
        values.put("callback", audition.round() > 1 ? "yes" : "");
        values.put("online", "VIRTUAL".equals(audition.mode()) ? "yes" : "");
        values.put("where", audition.location() == null ? "" : audition.location());
        return values(reader, audition.roleName(), audition.projectTitle(), "/submissions/" + audition.submissionId(), values);
    }

    private void send(Cause cause, List<String> recipients, Category category, String template, Urgency urgency, Instant now,
                      Function<Contact, Map<String, ?>> values) {
        send(cause, recipients, category, template, urgency, now, values, reader -> List.of());
    }

    private void send(Cause cause, List<String> recipients, Category category, String template, Urgency urgency, Instant now,
                      Function<Contact, Map<String, ?>> values, Function<Contact, List<Attachment>> attachments) {
        for (String recipient : recipients) {
            contacts.find(recipient).ifPresent(reader -> {
                Set<Channel> allowed = preferences.channels(reader.accountId(), category);
                if (allowed.isEmpty()) {
                    return;
                }
                Map<String, ?> words = values.apply(reader);
                if (reader.email().isPresent() && allowed.contains(Channel.EMAIL)) {
                    String unsubscribe = config.apiLink("/notifications/unsubscribe?token="
                            + links.token(new Unsubscribe(reader.accountId(), category, Channel.EMAIL)));
                    Map<String, Object> email = new HashMap<>(words);
                    email.put("unsubscribe", unsubscribe);
                    // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this link.
                    Map<String, String> headers = Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                            "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                    courier.send(reader, new PendingMessage(delivery(cause, reader, Channel.EMAIL, template, reader.email().get()),
                            reader.language(), email, headers, attachments.apply(reader)), urgency, now);
                }
                if (allowed.contains(Channel.SMS)) {
                    phones.verifiedNumber(reader.accountId()).ifPresent(number -> courier.send(reader, new PendingMessage(
                            delivery(cause, reader, Channel.SMS, template, number), reader.language(), words), urgency, now));
                }
                if (allowed.contains(Channel.PUSH)) {
                    for (Device device : devices.ofPerson(reader.accountId())) {
                        courier.send(reader, new PendingMessage(delivery(cause, reader, Channel.PUSH, template, device.id().toString()),
                                reader.language(), words), urgency, now);
                    }
                }
            });
        }
    }

    private static Delivery delivery(Cause cause, Contact reader, Channel channel, String template, String address) {
        return new Delivery(cause.id(), cause.type(), reader.accountId(), channel, template, address);
    }

    private Map<String, String> values(Contact reader, String role, String project, String path, Map<String, String> more) {
        Map<String, String> values = new HashMap<>(more);
        values.put("name", reader.displayName() == null ? "" : reader.displayName());
        values.put("role", role);
        values.put("project", project);
        values.put("link", config.link(path));
        return values;
    }
}
