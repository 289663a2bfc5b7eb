package app.slate.identity.webhook.clerk;

import app.slate.identity.account.Account;
import app.slate.identity.account.AccountEvents;
import app.slate.identity.account.EmailAddress;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.webhook.Deliveries;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Mirrors Clerk users into Slate accounts. An account is linked by Clerk's user id; a new Clerk
 * user whose verified email already has a Slate account is linked to it rather than duplicated.
 * Deliveries can arrive out of order, so a change older than the last one applied is ignored.
 * Only talent and casting can come from Clerk's public metadata: never admin.
 */
@ApplicationScoped
public class ClerkUserSync {

    private static final Logger LOG = Logger.getLogger(ClerkUserSync.class);

    private final AccountEvents events;

    public ClerkUserSync(AccountEvents events) {
        this.events = events;
    }

    public Uni<Void> apply(String type, JsonNode user) {
        return switch (type) {
            case "user.created", "user.updated" -> Panache.withTransaction(() -> upsert(user));
            case "user.deleted" -> Panache.withTransaction(() -> delete(user.path("id").asText()));
            default -> {
                LOG.debugf("Ignoring Clerk event %s", type);
                yield Uni.createFrom().voidItem();
            }
        };
    }

    private Uni<Void> upsert(JsonNode user) {
        ClerkUser clerk = ClerkUser.of(user);
        return Account.findByExternalId(clerk.id()).chain(linked -> {
            if (linked != null) {
                return update(linked, clerk);
            }
            if (clerk.email() == null) {
                LOG.warnf("Clerk user %s has no primary email; not creating an account", clerk.id());
                return Uni.createFrom().voidItem();
            }
            return Account.findByEmail(clerk.email()).chain(sameEmail -> {
                if (sameEmail != null && sameEmail.externalId == null && clerk.emailVerified()) {
                    return link(sameEmail, clerk);
                }
                if (sameEmail != null) {
                    LOG.warnf("Clerk user %s has an email that another account holds; not linked", clerk.id());
                    return Uni.createFrom().voidItem();
                }
                Account account = Account.create(clerk.email(), clerk.displayName(), Set.of(clerk.role()));
                account.externalId = clerk.id();
                account.externalUpdatedAt = clerk.updatedAt();
                account.emailVerifiedAt = clerk.emailVerified() ? Instant.now() : null;
                return account.<Account>persist().chain(saved -> events.registered(saved, "clerk"));
            });
        });
    }

    /**
     * Clerk becomes another way into an account the person already has: what they set in Slate (their
     * name, their email) stays; later changes they make in Clerk are mirrored as usual.
     */
    private Uni<Void> link(Account account, ClerkUser clerk) {
        account.externalId = clerk.id();
        account.externalUpdatedAt = clerk.updatedAt();
        if (account.emailVerifiedAt == null) {
            account.emailVerifiedAt = Instant.now();
        }
        account.touch();
        return events.updated(account, "clerk");
    }

    private Uni<Void> update(Account account, ClerkUser clerk) {
        if (account.isDeleted() || (account.externalUpdatedAt != null && account.externalUpdatedAt >= clerk.updatedAt())) {
            return Uni.createFrom().voidItem();
        }
        account.externalUpdatedAt = clerk.updatedAt();
        account.displayName = clerk.displayName();
        if (clerk.email() != null && !clerk.email().equals(account.email)) {
            account.email = clerk.email();
            account.emailVerifiedAt = clerk.emailVerified() ? Instant.now() : null;
        }
        account.touch();
        return events.updated(account, "clerk");
    }

    private Uni<Void> delete(String clerkId) {
        return Account.findByExternalId(clerkId).chain(account -> {
            if (account == null || account.isDeleted()) {
                return Uni.createFrom().voidItem();
            }
            account.markDeleted();
            return events.deleted(account, "clerk");
        });
    }

    /** The parts of Clerk's user object that Slate keeps. */
    record ClerkUser(String id, String email, boolean emailVerified, String displayName, String role, long updatedAt) {

        static ClerkUser of(JsonNode user) {
            String primary = user.path("primary_email_address_id").asText();
            String email = null;
            boolean verified = false;
            for (JsonNode address : user.path("email_addresses")) {
                if (address.path("id").asText().equals(primary)) {
                    email = EmailAddress.normalise(address.path("email_address").asText());
                    verified = "verified".equals(address.path("verification").path("status").asText());
                }
            }
            String name = (user.path("first_name").asText("") + " " + user.path("last_name").asText("")).strip();
            if (name.isEmpty()) {
                name = email == null ? "Slate member" : email.substring(0, email.indexOf('@'));
            }
            String role = Roles.CASTING.equals(user.path("public_metadata").path("role").asText()) ? Roles.CASTING : Roles.TALENT;
            return new ClerkUser(user.path("id").asText(), email, verified, name, role, user.path("updated_at").asLong());
        }
    }
}
