package app.slate.local;

import app.slate.identity.account.Account;
import app.slate.identity.account.AccountService;
import app.slate.identity.account.AdminAccount;
import app.slate.identity.guardian.GuardianService;
import app.slate.identity.guardian.MinorRegistration;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Set;

/**
 * Demo accounts, one per kind of person, made through the identity services themselves (so
 * their passwords are real Argon2id hashes and their events go through the outbox). Kept
 * across restarts: an email that already has an account is left alone.
 */
@ApplicationScoped
public class DemoAccounts {

    static final String PASSWORD = "slate demo password";
    static final String TALENT = "talent@slate.local";
    static final String CASTING = "casting@slate.local";
    static final String ADMIN = "admin@slate.local";
    static final String GUARDIAN = "guardian@slate.local";

    private final AccountService accounts;
    private final GuardianService guardians;

    public DemoAccounts(AccountService accounts, GuardianService guardians) {
        this.accounts = accounts;
        this.guardians = guardians;
    }

    void createIfMissing() throws Throwable {
        create(TALENT, "Tala Demo", Roles.TALENT);
        create(CASTING, "Casey Demo", Roles.CASTING);
        create(ADMIN, "Ada Admin", Roles.ADMIN);
        if (create(GUARDIAN, "Gia Guardian", Roles.TALENT)) {
            Account guardian = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Account.findByEmail(GUARDIAN)));
            Caller caller = new Caller(guardian.id.toString(), Set.of(Roles.TALENT));
            VertxContextSupport.subscribeAndAwait(() -> guardians.addMinor(caller,
                    new MinorRegistration("Milo Minor", LocalDate.now().minusYears(12), true, "minors-2026-11")));
        }
    }

    /** False when the account was already there. */
    private boolean create(String email, String name, String role) throws Throwable {
        try {
            VertxContextSupport.subscribeAndAwait(() -> accounts.createByAdmin(null,
                    new AdminAccount(email, PASSWORD, name, Set.of(role), LocalDate.of(1988, 5, 17))));
            return true;
        } catch (ProblemException exists) {
            if (exists.problem().status() == 409) {
                return false;
            }
            throw exists;
        }
    }
}
