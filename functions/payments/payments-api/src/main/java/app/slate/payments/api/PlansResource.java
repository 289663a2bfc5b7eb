package app.slate.payments.api;

import app.slate.payments.plans.PlanCatalogue;
import app.slate.payments.plans.PlanDetails;
import app.slate.payments.plans.PlanView;
import app.slate.platform.events.AuditAction;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Roles;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.http.auth.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The plan catalogue: public to read, admins' to write. */
@Path("/")
@Tag(name = "Plans", description = "What each plan allows and costs per month, in minor units (halalas, cents, pence)")
public class PlansResource {

    private final PlanCatalogue catalogue;
    private final CurrentCaller caller;
    private final AuditTrail audit;
    private final OutboxWakeup wakeup;

    public PlansResource(PlanCatalogue catalogue, CurrentCaller caller, AuditTrail audit, OutboxWakeup wakeup) {
        this.catalogue = catalogue;
        this.caller = caller;
        this.audit = audit;
        this.wakeup = wakeup;
    }

    @Operation(summary = "The plans on offer, free first; a limit shown as null is unlimited")
    @GET
    @Path("/billing/plans")
    @PermitAll
    public Uni<Map<String, List<PlanView>>> offered() {
        return catalogue.offered().map(plans -> Map.of("plans", plans));
    }

    @Operation(summary = "Admins: every plan, retired ones too")
    @GET
    @Path("/admin/billing/plans")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Map<String, List<PlanView>>> all() {
        return catalogue.all().map(plans -> Map.of("plans", plans));
    }

    @Operation(summary = "Admins: create a plan, or change one (at once for everyone on it; a retired plan is offered again)")
    @PUT
    @Path("/admin/billing/plans/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> put(@PathParam("code") String code, @NotNull @Valid PlanDetails plan) {
        var admin = caller.get();
        return catalogue.put(admin.userId(), code, plan, audit.alongside(admin, AuditAction.PLAN_CHANGED, null, "plan:" + code,
                        "created or changed plan " + code)).call(wakeup::now).chain(created -> catalogue.byCode(code).map(saved -> {
            PlanView view = saved.orElseThrow();
            return created ? Response.created(URI.create("/admin/billing/plans/" + code)).entity(view).build() : Response.ok(view).build();
        }));
    }

    @Operation(summary = "Admins: retire a plan: offered to nobody new, kept by whoever holds it until they change")
    @DELETE
    @Path("/admin/billing/plans/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Uni<Response> retire(@PathParam("code") String code) {
        var admin = caller.get();
        return catalogue.retire(admin.userId(), code, audit.alongside(admin, AuditAction.PLAN_CHANGED, null, "plan:" + code,
                        "retired plan " + code)).call(wakeup::now).map(ignored -> Response.noContent().build());
    }
}
