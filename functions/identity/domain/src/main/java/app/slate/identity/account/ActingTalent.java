package app.slate.identity.account;

import app.slate.identity.reads.Guardianship;
import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** {@link Guardianship}'s rule for the caller's own account, read through the entity. Call inside a session. */
public final class ActingTalent {

    private ActingTalent() {
    }

    /** {@code what} names the act in the refusal, as in "Submissions" or "Uploads". */
    public static Uni<Void> check(Caller caller, String what) {
        UUID accountId;
        try {
            accountId = UUID.fromString(caller.userId());
        } catch (IllegalArgumentException notAnAccountId) {
            return Uni.createFrom().voidItem();
        }
        return Account.findLive(accountId).invoke(account -> {
            if (account != null) {
                new Guardianship(account.guardianId, account.dateOfBirth, account.guardianConsentAt != null).require(caller, what);
            }
        }).replaceWithVoid();
    }
}
