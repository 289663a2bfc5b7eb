package app.slate.platform.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Account events, written by identity-api and identity-webhook. Notifications keeps its contacts
 * from them and sends the account emails; the compliance work of the trust-and-safety issue
 * (lifecycle and erasure) will subscribe to the same types. Starting a Nafath request at
 * Authentica has no consumer yet: that type is pending and stays unpublished in the outbox.
 */
public final class IdentityEvents {

    public static final String AGGREGATE = "account";

    public static final EventType<AccountChanged> REGISTERED =
            EventType.routed("account.registered", AGGREGATE, AccountChanged.class, Subscriber.NOTIFICATIONS);
    public static final EventType<AccountChanged> UPDATED =
            EventType.routed("account.updated", AGGREGATE, AccountChanged.class, Subscriber.NOTIFICATIONS);
    public static final EventType<AccountDeleted> DELETED =
            EventType.routed("account.deleted", AGGREGATE, AccountDeleted.class, Subscriber.NOTIFICATIONS);
    public static final EventType<IdentityVerificationRequested> IDENTITY_VERIFICATION_REQUESTED = EventType.pending(
            "account.identity-verification-requested", AGGREGATE, IdentityVerificationRequested.class,
            "identity verification start at Authentica (Nafath)").withSecrets("nationalId");
    public static final EventType<IdentityVerified> IDENTITY_VERIFIED =
            EventType.routed("account.identity-verified", AGGREGATE, IdentityVerified.class, Subscriber.NOTIFICATIONS);
    public static final EventType<EmailRequested> EMAIL_VERIFICATION_REQUESTED = EventType.routed(
            "account.email-verification-requested", AGGREGATE, EmailRequested.class, Subscriber.NOTIFICATIONS).withSecrets("token");
    public static final EventType<EmailRequested> PASSWORD_RESET_REQUESTED = EventType.routed(
            "account.password-reset-requested", AGGREGATE, EmailRequested.class, Subscriber.NOTIFICATIONS).withSecrets("token");

    private IdentityEvents() {
    }

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
     * contain it; the account_tokens table keeps only its hash, and the outbox drops it once the
     * event is delivered (see {@link EventType#secrets()}).
     */
    public record EmailRequested(UUID accountId, String email, String displayName, String token, Instant expiresAt) {
    }
}
