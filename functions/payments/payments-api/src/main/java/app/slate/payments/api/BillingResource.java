package app.slate.payments.api;

import app.slate.payments.overview.BillingOverview;
import app.slate.payments.overview.BillingOverview.Overview;
import app.slate.payments.subscriptions.Grants;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Each account's own billing, and the plans admins grant without payment. */
@Path("/")
@Tag(name = "Billing", description = "Your plan, period and usage; admins' granted plans")
public class BillingResource {

    public record Grant(@NotNull @Size(max = 40) String planCode) {
    }

    private final BillingOverview overview;
    private final Grants grants;
    private final CurrentCaller caller;

    public BillingResource(BillingOverview overview, Grants grants, CurrentCaller caller) {
        this.overview = overview;
        this.grants = grants;
        this.caller = caller;
    }

    @Operation(summary = "Your plan, how you hold it, this period's usage against each limit, and what the next tier adds")
    @GET
    @Path("/billing/me")
    @Authenticated
    public Uni<Overview> me() {
        return overview.of(caller.get());
    }

    @Operation(summary = "Admins: grant an account a plan without payment, at once (replaces an earlier grant, never a paid subscription)")
    @PUT
    @Path("/admin/billing/accounts/{accountId}/plan")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> grant(@PathParam("accountId") UUID accountId, @NotNull Grant grant) {
        return grants.grant(caller.get().userId(), accountId.toString(), grant.planCode()).map(ignored -> Response.noContent().build());
    }

    @Operation(summary = "Admins: end an account's granted plan; it is back on free")
    @DELETE
    @Path("/admin/billing/accounts/{accountId}/plan")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> endGrant(@PathParam("accountId") UUID accountId) {
        return grants.end(caller.get().userId(), accountId.toString()).map(ignored -> Response.noContent().build());
    }
}
