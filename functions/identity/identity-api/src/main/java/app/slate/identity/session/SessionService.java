package app.slate.identity.session;

import app.slate.identity.AbuseLimits;
import app.slate.identity.IdentityConfig;
import app.slate.identity.account.Account;
import app.slate.identity.account.Activity;
import app.slate.identity.account.EmailAddress;
import app.slate.identity.account.KnownDevice;
import app.slate.identity.account.PasswordHasher;
import app.slate.identity.reads.GuardianRequired;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.events.AuditAction;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Login, refresh and logout. */
@ApplicationScoped
public class SessionService {

    private static final String WRONG_CREDENTIALS = "The email or the password is wrong.";

    private final PasswordHasher hasher;
    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final LoginLockout lockout;
    private final RateLimiter limiter;
    private final AbuseLimits limits;
    private final IdentityConfig config;
    private final AuditTrail audit;
    private final Activity activity;

    public SessionService(PasswordHasher hasher, AccessTokens accessTokens, RefreshTokens refreshTokens, LoginLockout lockout,
                          RateLimiter limiter, AbuseLimits limits, IdentityConfig config, AuditTrail audit,
                          Activity activity) {
        this.hasher = hasher;
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.lockout = lockout;
        this.limiter = limiter;
        this.limits = limits;
        this.config = config;
        this.audit = audit;
        this.activity = activity;
    }

    private record LoginAttempt(Account account, boolean failuresOnRecord) {
    }

    private record LoggedIn(Account account, TokenResponse tokens) {
    }

    /**
     * Limits come first (per IP, per email, the lockout), then the slow hash, which runs even
     * for an unknown email so that timing does not reveal who has an account.
     */
    public Uni<TokenResponse> login(Credentials credentials, String clientIp, String userAgent) {
        String email = EmailAddress.normalise(credentials.email());
        return OffLoop.call(() -> {
                    limiter.hit(limits.loginByIp(), clientIp);
                    limiter.hit(limits.loginByAccount(), email);
                    return lockout.refuseIfLocked(email);
                })
                .chain(failuresOnRecord -> Panache.withSession(() -> Account.findByEmail(email))
                        .map(account -> new LoginAttempt(account, failuresOnRecord)))
                .chain(attempt -> OffLoop.call(() -> {
                    Account account = attempt.account();
                    if (!hasher.verify(credentials.password(), account == null ? null : account.passwordHash)) {
                        lockout.failed(email);
                        throw ProblemException.unauthorized(WRONG_CREDENTIALS);
                    }
                    lockout.succeeded(email, attempt.failuresOnRecord());
                    if (account.isSuspended()) {
                        throw new ProblemException(Problem.of("account-suspended", "Account suspended", 403, (account.banned
                                ? "This account is banned: " : "This account is suspended: ") + account.suspensionReason, List.of()));
                    }
                    if (account.isMinor(LocalDate.now(), config.adultAge())) {
                        throw GuardianRequired.because("This account belongs to someone under " + config.adultAge()
                                + "; their guardian acts for them.");
                    }
                    RefreshTokens.Started session = refreshTokens.start(account.id);
                    return new LoggedIn(account, TokenResponse.bearer(accessTokens.issue(account, session.session()),
                            accessTokens.lifetimeSeconds(), session.token()));
                }))
                .call(loggedIn -> fromDevice(loggedIn.account(), userAgent))
                .call(loggedIn -> activity.usedToday(loggedIn.account().id))
                .map(LoggedIn::tokens);
    }

    /** A login from a device the account never used before goes in the audit log (a stolen password shows there). */
    private Uni<Void> fromDevice(Account account, String userAgent) {
        Caller person = new Caller(account.id.toString(), account.roleSet());
        return Panache.withTransaction(() -> KnownDevice.loggedIn(account.id, userAgent).chain(isNew -> isNew
                ? audit.record(person, AuditAction.LOGIN_FROM_NEW_DEVICE, account.id, "account:" + account.id,
                        "logged in from a device not seen before")
                : Uni.createFrom().voidItem()));
    }

    /**
     * Rotates the refresh token and mints a new access token with the account's current roles.
     * A family that began before the account's sessions were ended (password change, deletion)
     * is ended here too.
     */
    public Uni<TokenResponse> refresh(String presented) {
        return OffLoop.call(() -> rotate(presented))
                .chain(rotation -> Panache.withSession(() -> Account.findLive(rotation.accountId()))
                        .chain(account -> OffLoop.call(() -> {
                            if (account == null || rotation.session().startedAtMillis() < account.sessionsValidAfter.toEpochMilli()) {
                                refreshTokens.revoke(rotation.token());
                                throw ProblemException.unauthorized("This session has ended; log in again.");
                            }
                            return TokenResponse.bearer(accessTokens.issue(account, rotation.session()), accessTokens.lifetimeSeconds(),
                                    rotation.token());
                        }))
                        .call(() -> activity.usedToday(rotation.accountId())));
    }

    public Uni<Void> logout(String presented) {
        return OffLoop.run(() -> refreshTokens.revoke(presented));
    }

    private RefreshTokens.Rotation rotate(String presented) {
        try {
            return refreshTokens.rotate(presented);
        } catch (RefreshTokens.Refused refused) {
            throw ProblemException.unauthorized("The refresh token is not valid: " + refused.getMessage() + ".");
        }
    }
}
