package app.slate.identity.guardian;

import app.slate.identity.IdentityConfig;
import app.slate.identity.account.Account;
import app.slate.identity.account.AccountEvents;
import app.slate.identity.account.AccountIds;
import app.slate.identity.account.AccountView;
import app.slate.identity.session.AccessTokens;
import app.slate.identity.session.TokenResponse;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.Session;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Guardians and the minors they manage. A minor's account has no password and cannot log in;
 * the guardian gets short-lived tokens that act as the minor, so every ownership rule of Slate
 * applies to the minor's objects unchanged while the token still names the guardian.
 */
@ApplicationScoped
public class GuardianService {

    private final AccountEvents events;
    private final AccessTokens tokens;
    private final IdentityConfig config;

    public GuardianService(AccountEvents events, AccessTokens tokens, IdentityConfig config) {
        this.events = events;
        this.tokens = tokens;
        this.config = config;
    }

    public Uni<AccountView> addMinor(Caller caller, MinorRegistration minor) {
        if (!minorOn(minor.dateOfBirth())) {
            throw ProblemException.invalid("dateOfBirth", "must make the person younger than " + config.adultAge()
                    + "; adults register themselves");
        }
        return Panache.withTransaction(() -> adultGuardian(caller).chain(guardian -> {
            Account account = Account.create(null, minor.displayName(), Set.of(Roles.TALENT));
            account.dateOfBirth = minor.dateOfBirth();
            account.guardianId = guardian.id;
            account.guardianConsentAt = Instant.now();
            account.guardianConsentText = minor.consentVersion();
            return account.<Account>persist().call(saved -> events.registered(saved, "guardian")).map(AccountView::of);
        }));
    }

    public Uni<List<AccountView>> minors(Caller caller) {
        return Panache.withSession(() -> Account.<Account>list("guardianId = ?1 and deletedAt is null order by createdAt",
                AccountIds.parse(caller.userId()))).map(list -> list.stream().map(AccountView::of).toList());
    }

    /** A 15-minute token acting as the minor; no refresh token, the guardian simply asks again. */
    public Uni<TokenResponse> actFor(Caller caller, Session guardianSession, String minorId) {
        return Panache.withSession(() -> adultGuardian(caller).chain(guardian -> Account.findLive(AccountIds.parse(minorId))
                .map(minor -> {
                    if (minor == null || !guardian.id.equals(minor.guardianId)) {
                        throw ProblemException.notFound("You are not the guardian of this account.");
                    }
                    if (!minorOn(minor.dateOfBirth)) {
                        throw ProblemException.forbidden("This account's owner is now an adult and acts for themselves.");
                    }
                    return TokenResponse.bearer(tokens.issueActingFor(minor, guardian, guardianSession), tokens.lifetimeSeconds(), null);
                })));
    }

    private Uni<Account> adultGuardian(Caller caller) {
        return Account.requireCaller(caller.userId()).map(guardian -> {
            if (guardian.guardianId != null || guardian.dateOfBirth == null || minorOn(guardian.dateOfBirth)) {
                throw ProblemException.forbidden("Only an adult with a date of birth on their account can be a guardian.");
            }
            return guardian;
        });
    }

    private boolean minorOn(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(config.adultAge()).isAfter(LocalDate.now());
    }
}
