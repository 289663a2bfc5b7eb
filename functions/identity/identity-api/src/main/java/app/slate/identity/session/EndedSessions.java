package app.slate.identity.session;

import app.slate.identity.account.Account;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.http.auth.RevokedSessions;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * When an account's sessions end (password change or reset, deletion), the access tokens already
 * out end with them, in every function. Called once the change is committed: if this fails, the
 * change stands and the tokens still expire within their lifetime.
 */
@ApplicationScoped
public class EndedSessions {

    private final RevokedSessions revoked;

    public EndedSessions(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    public Uni<Void> of(Account account) {
        return OffLoop.run(() -> revoked.endAccount(account.id.toString(), account.sessionsValidAfter));
    }
}
