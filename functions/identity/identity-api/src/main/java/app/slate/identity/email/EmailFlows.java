package app.slate.identity.email;

import app.slate.identity.AbuseLimits;
import app.slate.identity.IdentityConfig;
import app.slate.identity.SecretTokens;
import app.slate.identity.account.Account;
import app.slate.identity.account.AccountEvents;
import app.slate.identity.account.EmailAddress;
import app.slate.identity.account.PasswordHasher;
import app.slate.identity.account.PasswordRules;
import app.slate.identity.session.EndedSessions;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.events.EventType;
import app.slate.platform.events.IdentityEvents;
import app.slate.platform.events.IdentityEvents.EmailRequested;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Email verification and password reset. Each sends a single-use, expiring link: the email is an
 * outbox event for the notification path, and redeeming marks the token used in the same
 * statement that checks it, so a link works once even when clicked twice at the same moment.
 */
@ApplicationScoped
public class EmailFlows {

    static final String VERIFY_EMAIL = "verify-email";
    static final String RESET_PASSWORD = "reset-password";

    private final AccountEvents events;
    private final IdentityConfig config;
    private final PasswordHasher hasher;
    private final RateLimiter limiter;
    private final AbuseLimits limits;
    private final EndedSessions endedSessions;

    public EmailFlows(AccountEvents events, IdentityConfig config, PasswordHasher hasher, RateLimiter limiter, AbuseLimits limits,
                      EndedSessions endedSessions) {
        this.events = events;
        this.config = config;
        this.hasher = hasher;
        this.limiter = limiter;
        this.limits = limits;
        this.endedSessions = endedSessions;
    }

    /** Inside the caller's transaction. Does nothing for an address already verified. */
    public Uni<Void> requestVerification(Account account) {
        if (account.emailVerifiedAt != null || account.email == null) {
            return Uni.createFrom().voidItem();
        }
        return issue(account, VERIFY_EMAIL, config.emailVerificationLifetime(), IdentityEvents.EMAIL_VERIFICATION_REQUESTED);
    }

    public Uni<Void> confirmVerification(String token) {
        return Panache.withTransaction(() -> redeem(token, VERIFY_EMAIL).chain(account -> {
            account.emailVerifiedAt = Instant.now();
            account.touch();
            return events.updated(account, "email-verification");
        }));
    }

    /**
     * Always answers the same, whether or not the email has an account, so that the endpoint
     * cannot be used to find out who is on Slate; limited per IP like registration.
     */
    public Uni<Void> requestPasswordReset(String email, String clientIp) {
        String normalised = EmailAddress.normalise(email);
        return OffLoop.run(() -> limiter.hit(limits.registerByIp(), clientIp))
                .chain(() -> Panache.withTransaction(() -> Account.findByEmail(normalised).chain(account ->
                        account == null || account.isMinor(LocalDate.now(), config.adultAge())
                                ? Uni.createFrom().voidItem()
                                : issue(account, RESET_PASSWORD, config.passwordResetLifetime(), IdentityEvents.PASSWORD_RESET_REQUESTED))));
    }

    /** Sets the new password and ends every session of the account. */
    public Uni<Void> resetPassword(String token, String newPassword) {
        return OffLoop.call(() -> hasher.hash(newPassword)).chain(hash -> Panache.withTransaction(() ->
                redeem(token, RESET_PASSWORD).chain(account -> {
                    PasswordRules.check("newPassword", newPassword, account.email);
                    account.passwordHash = hash;
                    account.endSessions();
                    return events.updated(account, "password-reset").replaceWith(account);
                })).chain(endedSessions::of));
    }

    private Uni<Void> issue(Account account, String purpose, Duration lifetime, EventType<EmailRequested> eventType) {
        String token = SecretTokens.generate();
        AccountToken stored = new AccountToken();
        stored.tokenHash = SecretTokens.hash(token);
        stored.accountId = account.id;
        stored.purpose = purpose;
        stored.createdAt = Instant.now();
        stored.expiresAt = stored.createdAt.plus(lifetime);
        return stored.persist().chain(() -> events.emailRequested(eventType, account, token, stored.expiresAt));
    }

    private static Uni<Account> redeem(String token, String purpose) {
        Instant now = Instant.now();
        String hash = SecretTokens.hash(token);
        return AccountToken.update("usedAt = ?1 where tokenHash = ?2 and purpose = ?3 and usedAt is null and expiresAt > ?1",
                        now, hash, purpose)
                .chain(updated -> updated == 0
                        ? Uni.createFrom().failure(new ProblemException(Problem.of("invalid-token", "Invalid or expired link", 400,
                                "This link is unknown, expired or already used; ask for a new one.", List.of())))
                        : AccountToken.<AccountToken>findById(hash).chain(used -> Account.requireLive(used.accountId)));
    }
}
