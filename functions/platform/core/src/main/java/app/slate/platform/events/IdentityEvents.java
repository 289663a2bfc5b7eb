package app.slate.platform.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Account events, written by identity-api and identity-webhook. Notifications keeps its contacts
 * from them and sends the account emails; the compliance work of the trust-and-safety issue
 * (lifecycle and erasure) will subscribe to the same types. A Nafath verification is started at
 * Authentica by identity-api itself, in the request (the person must see the number to choose).
 */
public final class IdentityEvents {

    public static final String AGGREGATE = "account";

    public static final EventType<AccountChanged> REGISTERED =
            EventType.routed("account.registered", AGGREGATE, AccountChanged.class, Subscriber.NOTIFICATIONS, Subscriber.TRUST);
    public static final EventType<AccountChanged> UPDATED =
            EventType.routed("account.updated", AGGREGATE, AccountChanged.class, Subscriber.NOTIFICATIONS);
    public static final EventType<AccountDeleted> DELETED =
            EventType.routed("account.deleted", AGGREGATE, AccountDeleted.class, Subscriber.NOTIFICATIONS, Subscriber.TRUST);
    public static final EventType<IdentityVerified> IDENTITY_VERIFIED =
            EventType.routed("account.identity-verified", AGGREGATE, IdentityVerified.class, Subscriber.NOTIFICATIONS, Subscriber.SEARCH_INDEXER);
    /** The first use of Slate on a day (a sign-in or a renewed session): talent search ranks recently active talent higher. */
    public static final EventType<AccountActive> ACTIVE =
            EventType.routed("account.active", AGGREGATE, AccountActive.class, Subscriber.SEARCH_INDEXER);
    public static final EventType<EmailRequested> EMAIL_VERIFICATION_REQUESTED = EventType.routed(
            "account.email-verification-requested", AGGREGATE, EmailRequested.class, Subscriber.NOTIFICATIONS).withSecrets("token");
    public static final EventType<EmailRequested> PASSWORD_RESET_REQUESTED = EventType.routed(
            "account.password-reset-requested", AGGREGATE, EmailRequested.class, Subscriber.NOTIFICATIONS).withSecrets("token");

    private IdentityEvents() {
    }

    /**
     * {@code guardianId} and {@code guardianConsentVersion}: for a minor's account, the guardian who
     * added it and the version of the terms for minors they consented to (the trust context records it).
     */
    public record AccountChanged(UUID accountId, String email, String displayName, Set<String> roles, String source, UUID guardianId,
                                 String guardianConsentVersion) {
    }

    public record AccountDeleted(UUID accountId, Instant deletedAt, String source) {
    }

    public record IdentityVerified(UUID accountId, Instant verifiedAt, Instant expiresAt) {
    }

    public record AccountActive(UUID accountId, LocalDate activeOn) {
    }

    /**
     * An email for the notification path. It carries the single-use token because the email must
     * contain it; the account_tokens table keeps only its hash, and the outbox drops it once the
     * event is delivered (see {@link EventType#secrets()}).
     */
    public record EmailRequested(UUID accountId, String email, String displayName, String token, Instant expiresAt) {
    }
}
