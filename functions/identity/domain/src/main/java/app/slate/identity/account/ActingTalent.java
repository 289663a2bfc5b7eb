package app.slate.identity.account;

import app.slate.platform.auth.Caller;
import io.smallrye.mutiny.Uni;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A minor never acts alone: their submissions, withdrawals, self-tape answers and uploads come
 * from their guardian, whose token acts for them ({@code act}), and only once the guardian has
 * consented. Call inside a session.
 */
public final class ActingTalent {

    private static final int ADULT_AGE = 18;

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
            if (account == null || account.guardianId == null || !account.isMinor(LocalDate.now(), ADULT_AGE)) {
                return;
            }
            if (!account.guardianId.toString().equals(caller.actorId())) {
                throw GuardianRequired.because(what + " for someone under " + ADULT_AGE + " are made by their guardian.");
            }
            if (account.guardianConsentAt == null) {
                throw GuardianRequired.because("The guardian has not yet given consent for this account.");
            }
        }).replaceWithVoid();
    }
}
