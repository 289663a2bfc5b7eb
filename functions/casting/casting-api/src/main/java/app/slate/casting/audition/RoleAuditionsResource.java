package app.slate.casting.audition;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/roles/{roleId}/auditions")
@Tag(name = "Auditions", description = "Audition and callback slots, booking, rescheduling and cancelling")
public class RoleAuditionsResource {

    private final AuditionService auditions;
    private final CurrentCaller caller;

    public RoleAuditionsResource(AuditionService auditions, CurrentCaller caller) {
        this.auditions = auditions;
        this.caller = caller;
    }

    @Operation(summary = "Plan slots for a round (1 = audition, 2+ = callbacks), in your own time zone")
    @IdempotentCreate
    @POST
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> plan(@PathParam("roleId") UUID roleId, @NotNull @Valid SlotPlan plan) {
        return auditions.plan(caller.get(), roleId, plan).map(slots -> Response.status(Response.Status.CREATED).entity(slots).build());
    }

    @Operation(summary = "The role's slots; times also shown in timeZone (IANA), default the zone they were planned in")
    @GET
    @RolesAllowed({Roles.TALENT, Roles.CASTING, Roles.ADMIN})
    public Uni<List<SlotView>> slots(@PathParam("roleId") UUID roleId, @QueryParam("timeZone") @Size(max = 64) String timeZone) {
        return auditions.ofRole(caller.get(), roleId, timeZone);
    }
}
