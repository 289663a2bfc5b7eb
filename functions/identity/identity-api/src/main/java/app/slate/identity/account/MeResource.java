package app.slate.identity.account;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.outbox.OutboxWakeup;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/")
@Tag(name = "Your account", description = "The account behind the token")
public class MeResource {

    private final AccountService accounts;
    private final CurrentCaller caller;
    private final OutboxWakeup wakeup;

    public MeResource(AccountService accounts, CurrentCaller caller, OutboxWakeup wakeup) {
        this.accounts = accounts;
        this.caller = caller;
        this.wakeup = wakeup;
    }

    @Operation(summary = "Your account")
    @GET
    @Path("/me")
    @Authenticated
    public Uni<AccountView> read() {
        return accounts.read(caller.get());
    }

    @Operation(summary = "Change your name or password")
    @PATCH
    @Path("/me")
    @Authenticated
    public Uni<AccountView> update(@NotNull @Valid AccountUpdate update) {
        return accounts.update(caller.get(), update).call(wakeup::afterCommit);
    }

    @Operation(summary = "Admins: create an account with any role")
    @IdempotentCreate
    @POST
    @Path("/admin/accounts")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> create(@NotNull @Valid AdminAccount account) {
        return accounts.createByAdmin(caller.get(), account).call(wakeup::afterCommit).map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }
}
