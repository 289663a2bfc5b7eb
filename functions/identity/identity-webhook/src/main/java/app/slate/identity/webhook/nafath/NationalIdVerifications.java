package app.slate.identity.webhook.nafath;

import app.slate.identity.account.Account;
import app.slate.identity.account.AccountEvents;
import app.slate.identity.webhook.WebhookConfig;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Completes a national-ID verification from the provider's callback. Only the account's pending
 * transaction counts, so an old callback cannot re-verify an account after the fact.
 */
@ApplicationScoped
public class NationalIdVerifications {

    private static final Logger LOG = Logger.getLogger(NationalIdVerifications.class);

    private final AccountEvents events;
    private final WebhookConfig config;

    public NationalIdVerifications(AccountEvents events, WebhookConfig config) {
        this.events = events;
        this.config = config;
    }

    /**
     * A transaction that no account is waiting on (already answered, or never Slate's) is ignored. One
     * that an account is waiting on but that names another national ID than the one the verification
     * was started for is refused and not recorded as delivered, so the genuine callback still applies.
     */
    public Uni<Void> apply(NafathCallback callback) {
        return Panache.withTransaction(() -> Account.<Account>find("verificationTransaction = ?1 and deletedAt is null",
                callback.transactionId()).firstResult().chain(account -> {
            if (account == null) {
                LOG.warnf("Nafath callback for transaction %s matches no pending verification; ignored", callback.transactionId());
                return Uni.createFrom().voidItem();
            }
            if (callback.nationalId() != null && !account.nationalIdDigest(callback.nationalId()).equals(account.verificationNationalIdDigest)) {
                throw ProblemException.unprocessable("transaction-mismatch",
                        "This transaction was started for another national ID; the callback is not applied.");
            }
            account.verificationEnded();
            if (!callback.completed() || callback.nationalId() == null) {
                LOG.infof("Nafath transaction %s ended %s", callback.transactionId(), callback.status());
                return Uni.createFrom().voidItem();
            }
            return Account.count("nationalId = ?1 and id <> ?2", callback.nationalId(), account.id).chain(others -> {
                if (others > 0) {
                    LOG.warnf("National ID of transaction %s already verifies another account; not applied", callback.transactionId());
                    return Uni.createFrom().voidItem();
                }
                Instant verifiedAt = Instant.now();
                account.nationalId = callback.nationalId();
                account.nationalIdVerifiedAt = verifiedAt;
                account.nationalIdExpiresAt = verifiedAt.plus(config.identityValidity());
                return events.identityVerified(account);
            });
        }));
    }
}
