package app.slate.identity.account;

import app.slate.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Account events, written to the outbox in the transaction that makes the change. */
@ApplicationScoped
public class AccountEvents {

    public static final String AGGREGATE = "account";
    public static final String REGISTERED = "account.registered";
    public static final String UPDATED = "account.updated";
    public static final String DELETED = "account.deleted";
    public static final String IDENTITY_VERIFICATION_REQUESTED = "account.identity-verification-requested";
    public static final String IDENTITY_VERIFIED = "account.identity-verified";
    public static final String EMAIL_VERIFICATION_REQUESTED = "account.email-verification-requested";
    public static final String PASSWORD_RESET_REQUESTED = "account.password-reset-requested";

    public record AccountChanged(UUID accountId, String email, String displayName, Set<String> roles, String source) {
    }

    public record AccountDeleted(UUID accountId, Instant deletedAt, String source) {
    }

    /** For the provider path: starts a Nafath request at Authentica for this transaction. */
    public record IdentityVerificationRequested(UUID accountId, String transactionId, String nationalId) {
    }

    public record IdentityVerified(UUID accountId, Instant verifiedAt, Instant expiresAt) {
    }

    /**
     * An email for the notification path. It carries the single-use token because the email must
     * contain it; the database keeps only its hash.
     */
    public record EmailRequested(UUID accountId, String email, String displayName, String token, Instant expiresAt) {
    }

    private final Outbox outbox;

    public AccountEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> registered(Account account, String source) {
        return record(REGISTERED, account, new AccountChanged(account.id, account.email, account.displayName, account.roleSet(), source));
    }

    public Uni<Void> updated(Account account, String source) {
        return record(UPDATED, account, new AccountChanged(account.id, account.email, account.displayName, account.roleSet(), source));
    }

    public Uni<Void> deleted(Account account, String source) {
        return record(DELETED, account, new AccountDeleted(account.id, account.deletedAt, source));
    }

    public Uni<Void> identityVerified(Account account) {
        return record(IDENTITY_VERIFIED, account,
                new IdentityVerified(account.id, account.nationalIdVerifiedAt, account.nationalIdExpiresAt));
    }

    public Uni<Void> identityVerificationRequested(Account account, String nationalId) {
        return record(IDENTITY_VERIFICATION_REQUESTED, account,
                new IdentityVerificationRequested(account.id, account.verificationTransaction, nationalId));
    }

    public Uni<Void> emailRequested(String type, Account account, String token, Instant expiresAt) {
        return record(type, account, new EmailRequested(account.id, account.email, account.displayName, token, expiresAt));
    }

    private Uni<Void> record(String type, Account account, Object payload) {
        return outbox.record(type, AGGREGATE, account.id.toString(), payload).replaceWithVoid();
    }
}
