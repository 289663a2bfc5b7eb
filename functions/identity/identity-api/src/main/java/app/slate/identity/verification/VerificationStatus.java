package app.slate.identity.verification;

import app.slate.identity.account.Account;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;

/**
 * National-ID verification as the account owner sees it. {@code number} is shown once, when a
 * verification starts: the number to choose in the Nafath app.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationStatus(String status, Instant verifiedAt, Instant expiresAt, boolean renewalDue, String pendingTransaction,
                                 Instant pendingSince, String number) {

    public VerificationStatus withNumber(String shown) {
        return new VerificationStatus(status, verifiedAt, expiresAt, renewalDue, pendingTransaction, pendingSince, shown);
    }

    public static VerificationStatus of(Account account, Instant now, Duration renewalWindow) {
        String status;
        if (account.isIdentityVerified(now)) {
            status = "verified";
        } else if (account.verificationTransaction != null) {
            status = "pending";
        } else if (account.nationalIdExpiresAt != null) {
            status = "expired";
        } else {
            status = "unverified";
        }
        boolean renewalDue = account.nationalIdExpiresAt != null
                && !account.nationalIdExpiresAt.minus(renewalWindow).isAfter(now);
        return new VerificationStatus(status, account.nationalIdVerifiedAt, account.nationalIdExpiresAt, renewalDue,
                account.verificationTransaction, account.verificationStartedAt, null);
    }
}
