package app.slate.notifications.team;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.contacts.Contacts;
import app.slate.notifications.delivery.Channel;
import app.slate.notifications.delivery.Delivery;
import app.slate.notifications.email.EmailChannel;
import app.slate.notifications.email.EmailConfig;
import app.slate.platform.events.CastingEvents.CollaboratorInvited;
import app.slate.platform.events.EventEnvelope;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * The email that asks someone to join a project's casting team. It goes to the invited address
 * whether or not anyone holds it on Slate yet (the invitation is how they hear of it), in the
 * language of its holder when there is one, and names the owner who sent it. Joining needs that
 * address verified, which the email says.
 */
@ApplicationScoped
public class TeamInvitations {

    public static final String TEMPLATE = "collaborator-invited";

    private final Contacts contacts;
    private final EmailChannel email;
    private final EmailConfig config;

    public TeamInvitations(Contacts contacts, EmailChannel email, EmailConfig config) {
        this.contacts = contacts;
        this.email = email;
        this.config = config;
    }

    public void invited(EventEnvelope event, CollaboratorInvited invitation) {
        Contact invitee = contacts.findByEmail(invitation.email()).orElse(Contact.unknown(null));
        String inviter = contacts.find(invitation.invitedBy()).map(Contact::displayName).orElse("");
        Map<String, String> values = Map.of(
                "name", invitee.displayName() == null ? "" : invitee.displayName(),
                "inviter", inviter,
                "project", invitation.projectTitle(),
                "access", invitation.access(),
                "email", invitation.email(),
                "link", config.link("/projects/" + invitation.projectId() + "/join"));
        email.send(new Delivery(event.id(), event.type(), invitee.accountId(), Channel.EMAIL, TEMPLATE, invitation.email()),
                invitee.language(), values);
    }
}
