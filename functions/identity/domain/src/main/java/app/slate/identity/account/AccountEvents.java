package app.slate.identity.account;

import app.slate.platform.events.EventType;
import app.slate.platform.events.IdentityEvents;
import app.slate.platform.events.IdentityEvents.AccountChanged;
import app.slate.platform.events.IdentityEvents.AccountDeleted;
import app.slate.platform.events.IdentityEvents.EmailRequested;
import app.slate.platform.events.IdentityEvents.IdentityVerified;
import app.slate.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Account events (see {@link IdentityEvents}), written to the outbox in the transaction that makes the change. */
@ApplicationScoped
public class AccountEvents {

    private final Outbox outbox;

    public AccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> registered(Account account, String source) {
        return record(IdentityEvents.REGISTERED, account,
                changed(account, source));
    }

    public Uni<Void> updated(Account account, String source) {
        return record(IdentityEvents.UPDATED, account,
                changed(account, source));
    }

    private static AccountChanged changed(Account account, String source) {
        return new AccountChanged(account.id, account.email, account.displayName, account.roleSet(), source, account.guardianId,
                account.guardianConsentText);
    }

    public Uni<Void> deleted(Account account, String source) {
        return record(IdentityEvents.DELETED, account, new AccountDeleted(account.id, account.deletedAt, source));
    }

    public Uni<Void> identityVerified(Account account) {
        return record(IdentityEvents.IDENTITY_VERIFIED, account,
                new IdentityVerified(account.id, account.nationalIdVerifiedAt, account.nationalIdExpiresAt));
    }

    public Uni<Void> emailRequested(EventType<EmailRequested> type, Account account, String token, Instant expiresAt) {
        return record(type, account, new EmailRequested(account.id, account.email, account.displayName, token, expiresAt));
    }

    private <P> Uni<Void> record(EventType<P> type, Account account, P payload) {
        return outbox.record(type, account.id.toString(), payload).replaceWithVoid();
    }
}
