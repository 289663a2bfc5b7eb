package app.slate.payments.api;

import app.slate.payments.overview.BillingOverview;
import app.slate.payments.overview.BillingOverview.Overview;
import app.slate.payments.subscriptions.Grants;
import app.slate.platform.events.AuditAction;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Roles;
import app.slate.platform.outbox.OutboxWakeup;
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
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;

    public BillingResource(BillingOverview overview, Grants grants, CurrentCaller caller, AuditTrail audit,
                            OutboxWakeup wakeup) {
        this.overview = overview;
        this.grants = grants;
        this.caller = caller;
        this.audit = audit;
        this.wakeup = wakeup;
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
        var admin = caller.get();
        return grants.grant(admin.userId(), accountId.toString(), grant.planCode(), audit.alongside(admin, AuditAction.PLAN_GRANTED,
                        accountId, "account:" + accountId, "granted plan " + grant.planCode()))
                .call(wakeup::now).map(ignored -> Response.noContent().build());
    }

    @Operation(summary = "Admins: end an account's granted plan; it is back on free")
    @DELETE
    @Path("/admin/billing/accounts/{accountId}/plan")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> endGrant(@PathParam("accountId") UUID accountId) {
        var admin = caller.get();
        return grants.end(admin.userId(), accountId.toString(), audit.alongside(admin, AuditAction.PLAN_GRANTED, accountId,
                        "account:" + accountId, "ended the granted plan"))
                .call(wakeup::now).map(ignored -> Response.noContent().build());
    }
}
