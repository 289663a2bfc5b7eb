package app.slate.identity.guardian;

import app.slate.identity.account.AccountView;
import app.slate.identity.session.TokenResponse;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/guardians/minors")
@Authenticated
@Tag(name = "Guardians", description = "Minors' accounts, run by their guardian")
public class GuardianResource {

    private final GuardianService guardians;
    private final CurrentCaller caller;
    private final JsonWebToken token;
    private final OutboxWakeup wakeup;

    public GuardianResource(GuardianService guardians, CurrentCaller caller, JsonWebToken token, OutboxWakeup wakeup) {
        this.guardians = guardians;
        this.caller = caller;
        this.token = token;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Add a minor you are the guardian of, with your consent")
    @IdempotentCreate
    @POST
    public Uni<Response> add(@NotNull @Valid MinorRegistration minor) {
        refuseActingTokens();
        return guardians.addMinor(caller.get(), minor).call(wakeup::afterCommit).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @Operation(summary = "The minors you are the guardian of")
    @GET
    public Uni<List<AccountView>> list() {
        refuseActingTokens();
        return guardians.minors(caller.get());
    }

    @Operation(summary = "An access token to act as one of your minors")
    @POST
    @Path("/{minorId}/tokens")
    public Uni<Response> actFor(@PathParam("minorId") String minorId) {
        refuseActingTokens();
        return guardians.actFor(caller.get(), caller.session().orElse(null), minorId).map(TokenResponse::noStore);
    }

    /** A token acting for a minor cannot make guardians or mint further tokens. */
    private void refuseActingTokens() {
        if (token.containsClaim("act")) {
            throw ProblemException.forbidden("A token acting for a minor cannot manage guardianship.");
        }
    }
}
