package app.slate.platform.events;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * Account events, written by identity-api and identity-webhook. None has a consumer yet: they are
 * pending, each naming the capability that will take it, and stay unpublished in the outbox until
 * then (the retention sweep removes them after the retention window).
 */
public final class IdentityEvents {

    public static final String AGGREGATE = "account";
    private static final String NOTIFICATIONS = "notifications (issue 15): account emails";
    private static final String COMPLIANCE = "compliance (trust and safety): account lifecycle and erasure";

    public static final EventType<AccountChanged> REGISTERED =
            EventType.pending("account.registered", AGGREGATE, AccountChanged.class, NOTIFICATIONS);
    public static final EventType<AccountChanged> UPDATED =
            EventType.pending("account.updated", AGGREGATE, AccountChanged.class, COMPLIANCE);
    public static final EventType<AccountDeleted> DELETED =
            EventType.pending("account.deleted", AGGREGATE, AccountDeleted.class, NOTIFICATIONS + "; " + COMPLIANCE);
    public static final EventType<IdentityVerificationRequested> IDENTITY_VERIFICATION_REQUESTED = EventType.pending(
            "account.identity-verification-requested", AGGREGATE, IdentityVerificationRequested.class,
            "identity verification start at Authentica (Nafath)").withSecrets("nationalId");
    public static final EventType<IdentityVerified> IDENTITY_VERIFIED =
            EventType.pending("account.identity-verified", AGGREGATE, IdentityVerified.class, NOTIFICATIONS);
    public static final EventType<EmailRequested> EMAIL_VERIFICATION_REQUESTED = EventType.pending(
            "account.email-verification-requested", AGGREGATE, EmailRequested.class, NOTIFICATIONS).withSecrets("token");
    public static final EventType<EmailRequested> PASSWORD_RESET_REQUESTED = EventType.pending(
            "account.password-reset-requested", AGGREGATE, EmailRequested.class, NOTIFICATIONS).withSecrets("token");

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
