package app.slate.identity.account;

import app.slate.identity.AbuseLimits;
import app.slate.identity.IdentityConfig;
import app.slate.identity.account.Account;
import app.slate.identity.account.AccountEvents;
import app.slate.identity.account.EmailAddress;
import app.slate.identity.email.EmailFlows;
import app.slate.identity.reads.GuardianRequired;
import app.slate.identity.session.EndedSessions;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.events.AuditAction;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.ratelimit.RateLimiter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.Period;
import java.util.Set;
import java.util.function.Function;

/** Accounts: sign-up, what the owner reads and changes of it, and deletion. */
@ApplicationScoped
public class AccountService {

    private final PasswordHasher hasher;
    private final AccountEvents events;
    private final EmailFlows emails;
    private final RateLimiter limiter;
    private final AbuseLimits limits;
    private final IdentityConfig config;
    private final EndedSessions endedSessions;
    private final AuditTrail audit;

    public AccountService(PasswordHasher hasher, AccountEvents events, EmailFlows emails, RateLimiter limiter,
                          AbuseLimits limits, IdentityConfig config, EndedSessions endedSessions, AuditTrail audit) {
        this.hasher = hasher;
        this.events = events;
        this.emails = emails;
        this.limiter = limiter;
        this.limits = limits;
        this.config = config;
        this.endedSessions = endedSessions;
        this.audit = audit;
    }

    public Uni<AccountView> register(Registration registration, String clientIp) {
        String email = EmailAddress.normalise(registration.email());
        PasswordRules.check("password", registration.password(), email);
        if (Period.between(registration.dateOfBirth(), LocalDate.now()).getYears() < config.adultAge()) {
            throw GuardianRequired.because("People under " + config.adultAge() + " join Slate through a guardian's account.");
        }
        return OffLoop.run(() -> limiter.hit(limits.registerByIp(), clientIp))
                .chain(() -> create(email, registration.password(), registration.displayName(), Set.of(registration.role()),
                        registration.dateOfBirth(), "self", saved -> Uni.createFrom().voidItem()));
    }

    /** Admins create accounts with any role; the only other way to an admin account is seeding. */
    /** {@code admin} is null when Slate itself creates the account (the local cloud's demo accounts): nobody to audit. */
    public Uni<AccountView> createByAdmin(Caller admin, AdminAccount request) {
        String email = EmailAddress.normalise(request.email());
        PasswordRules.check("password", request.password(), email);
        return create(email, request.password(), request.displayName(), request.roles(), request.dateOfBirth(), "admin",
                saved -> admin == null ? Uni.createFrom().voidItem() : audit.record(admin, AuditAction.ACCOUNT_ROLES_CHANGED, saved.id,
                        "account:" + saved.id, "created with roles " + String.join(", ", new java.util.TreeSet<>(request.roles()))));
    }

    private Uni<AccountView> create(String email, String password, String displayName, Set<String> roles,
                                    LocalDate dateOfBirth, String source, Function<Account, Uni<Void>> alongside) {
        return OffLoop.call(() -> hasher.hash(password)).chain(hash -> Panache.withTransaction(() ->
                Account.findByEmail(email).chain(existing -> {
                    if (existing != null) {
                        throw ProblemException.conflict("An account with this email already exists; log in or reset the password.");
                    }
                    Account account = Account.create(email, displayName, roles);
                    account.passwordHash = hash;
                    account.dateOfBirth = dateOfBirth;
                    return account.<Account>persist()
                            .call(saved -> events.registered(saved, source))
                            .call(saved -> alongside.apply(saved))
                            .call(emails::requestVerification)
                            .map(AccountView::of);
                })));
    }

    public Uni<AccountView> read(Caller caller) {
        return Panache.withSession(() -> Account.requireCaller(caller.userId())).map(AccountView::of);
    }

    public Uni<AccountView> update(Caller caller, AccountUpdate update) {
        return Panache.withSession(() -> Account.requireCaller(caller.userId())).chain(current -> {
            if (update.newPassword() == null) {
                return Uni.createFrom().item((String) null);
            }
            if (update.currentPassword() == null) {
                throw ProblemException.invalid("currentPassword", "is required to set a new password");
            }
            PasswordRules.check("newPassword", update.newPassword(), current.email);
            return OffLoop.call(() -> {
                if (!hasher.verify(update.currentPassword(), current.passwordHash)) {
                    throw ProblemException.invalid("currentPassword", "is not your current password");
                }
                return hasher.hash(update.newPassword());
            });
        }).chain(newHash -> Panache.withTransaction(() -> Account.requireCaller(caller.userId()).chain(account -> {
            if (update.displayName() != null) {
                account.displayName = update.displayName();
            }
            if (newHash != null) {
                account.passwordHash = newHash;
                // Everyone else holding a refresh token of this account is logged out.
                account.endSessions();
            }
            account.touch();
            return events.updated(account, "self").replaceWith(account);
        })).call(account -> newHash == null ? Uni.createFrom().voidItem() : endedSessions.of(account))).map(AccountView::of);
    }
}
