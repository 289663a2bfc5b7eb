package app.slate.notifications.casting;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.contacts.Contacts;
import app.slate.notifications.delivery.Channel;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.email.EmailChannel;
import app.slate.notifications.email.EmailConfig;
import app.slate.notifications.preferences.Category;
import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.UnsubscribeLinks;
import app.slate.notifications.preferences.UnsubscribeLinks.Unsubscribe;
import app.slate.notifications.templates.Moments;
import app.slate.platform.events.CastingEvents.AuditionChanged;
import app.slate.platform.events.CastingEvents.RoleInvited;
import app.slate.platform.events.CastingEvents.SelfTapeRequested;
import app.slate.platform.events.CastingEvents.SubmissionStatusChanged;
import app.slate.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The emails talent get about roles and their submissions, beside the inbox item every event
 * makes: an invitation to submit, a decision (shortlisted, callback, offer, booked, not this
 * time), a self-tape request, an audition booked or cancelled. Each goes to every person the event names who has an address and has not
 * switched the category off for email, written in their language with times in their zone.
 * Seen and withdrawn are in-app only: an email for every glance would teach people to ignore them.
 */
@ApplicationScoped
public class CastingEmails {

    static final Set<String> EMAILED_STATUSES = Set.of("SHORTLISTED", "CALLBACK", "OFFERED", "BOOKED", "DECLINED");

    private final Contacts contacts;
    private final Preferences preferences;
    private final EmailChannel email;
    private final EmailConfig config;
    private final UnsubscribeLinks links;

    public CastingEmails(Contacts contacts, Preferences preferences, EmailChannel email, EmailConfig config, UnsubscribeLinks links) {
        this.contacts = contacts;
        this.preferences = preferences;
        this.email = email;
        this.config = config;
        this.links = links;
    }

    public void roleInvited(EventEnvelope event, RoleInvited invitation) {
        send(event, invitation.recipients(), Category.ROLE_INVITATIONS, "role-invited", reader -> values(reader, invitation.roleName(),
                invitation.projectTitle(), "/roles/" + invitation.roleId(),
                Map.of("closes", Moments.format(invitation.deadline(), reader.language(), reader.timeZone()))));
    }

    public void statusChanged(EventEnvelope event, SubmissionStatusChanged change) {
        if (!EMAILED_STATUSES.contains(change.to())) {
            return;
        }
        send(event, change.recipients(), Category.SUBMISSIONS, "submission-status", reader -> values(reader, change.roleName(),
                change.projectTitle(), "/submissions/" + change.submissionId(), Map.of("status", change.to())));
    }

    public void selfTapeRequested(EventEnvelope event, SelfTapeRequested request) {
        send(event, request.recipients(), Category.SELF_TAPES, "self-tape-requested", reader -> values(reader, request.roleName(),
                request.projectTitle(), "/submissions/" + request.submissionId(),
                Map.of("due", Moments.format(request.deadline(), reader.language(), reader.timeZone()))));
    }

    /** Times are the reader's: an in-person audition in another zone still reads in the reader's own, with the zone named. */
    public void audition(EventEnvelope event, AuditionChanged audition, boolean cancelled) {
        send(event, audition.recipients(), Category.AUDITIONS, "audition", reader -> values(reader, audition.roleName(),
                audition.projectTitle(), "/submissions/" + audition.submissionId(), Map.of(
                        "when", Moments.format(audition.startsAt(), reader.language(), reader.timeZone()),
                        "callback", audition.round() > 1 ? "yes" : "",
                        "cancelled", cancelled ? "yes" : "",
                        "online", "VIRTUAL".equals(audition.mode()) ? "yes" : "")));
    }

    private void send(EventEnvelope event, List<String> recipients, Category category, String template,
                      Function<Contact, Map<String, String>> values) {
        for (String recipient : recipients) {
            contacts.find(recipient)
                    .filter(reader -> reader.email().isPresent() && preferences.allows(reader.accountId(), category, Channel.EMAIL))
                    .ifPresent(reader -> {
                        String unsubscribe = config.apiLink("/notifications/unsubscribe?token="
                                + links.token(new Unsubscribe(reader.accountId(), category, Channel.EMAIL)));
                        Map<String, String> words = new HashMap<>(values.apply(reader));
                        words.put("unsubscribe", unsubscribe);
                        // RFC 8058: mail clients offer a one-click unsubscribe that POSTs to this link.
                        Map<String, String> headers = Map.of("List-Unsubscribe", "<" + unsubscribe + ">",
                                "List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
                        email.send(new Delivery(event.id(), event.type(), reader.accountId(), Channel.EMAIL, template, reader.email().get()),
                                reader.language(), words, headers);
                    });
        }
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
