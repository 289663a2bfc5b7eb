package app.slate.identity.verification;

import app.slate.identity.IdentityConfig;
import app.slate.identity.account.Account;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * National-ID verification (Nafath through Authentica). Starting one asks Authentica, which pushes
 * a request to the person's Nafath app; the answer shows the number they must choose there, and the
 * account waits on the transaction until Authentica's webhook (identity-webhook) ends it.
 */
@Path("/auth/verification")
@Authenticated
@Tag(name = "Identity verification", description = "National-ID verification, valid for twelve months")
public class VerificationResource {

    /** Saudi national IDs (1…) and residence IDs (2…): ten digits. */
    public record StartVerification(
            @NotNull @Pattern(regexp = "[12][0-9]{9}", message = "must be a 10-digit national or residence ID") String nationalId) {
    }

    private final CurrentCaller caller;
    private final NafathStart nafath;
    private final IdentityConfig config;

    public VerificationResource(CurrentCaller caller, NafathStart nafath, IdentityConfig config) {
        this.caller = caller;
        this.nafath = nafath;
        this.config = config;
    }

    @Operation(summary = "Your verification: status, expiry, and whether renewal is due")
    @GET
    public Uni<VerificationStatus> status() {
        return Panache.withSession(this::account)
                .map(account -> VerificationStatus.of(account, Instant.now(), config.identityRenewalWindow()));
    }

    @Operation(summary = "Start a verification (or a renewal once it is due) at Nafath: the answer's number is the one to choose"
            + " in the Nafath app")
    @IdempotentCreate
    @POST
    public Uni<Response> start(@NotNull @Valid StartVerification request) {
        return Panache.withSession(this::account).invoke(this::refuseIfValid)
                .chain(ignored -> OffLoop.call(() -> nafath.start(request.nationalId())))
                .chain(started -> Panache.withTransaction(() -> account().invoke(account -> {
                    refuseIfValid(account);
                    account.verificationStarted(started.transactionId(), request.nationalId());
                })).map(account -> Response.accepted(VerificationStatus.of(account, Instant.now(), config.identityRenewalWindow())
                        .withNumber(started.number())).build()));
    }

    private void refuseIfValid(Account account) {
        VerificationStatus current = VerificationStatus.of(account, Instant.now(), config.identityRenewalWindow());
        if ("verified".equals(current.status()) && !current.renewalDue()) {
            throw ProblemException.conflict("Your verification is valid until " + current.expiresAt()
                    + "; renewal opens " + config.identityRenewalWindow().toDays() + " days before.");
        }
    }

    private Uni<Account> account() {
        return Account.requireCaller(caller.get().userId());
    }
}
