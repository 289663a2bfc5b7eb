package app.slate.casting.submission;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/roles/{roleId}/shortlists")
@Tag(name = "Shortlists", description = "Named lists of a role's submissions, private to the team")
public class ShortlistResource {

    private final ShortlistService shortlists;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public ShortlistResource(ShortlistService shortlists, OutboxWakeup wakeup, CurrentCaller caller) {
        this.shortlists = shortlists;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Create a shortlist for the role")
    @IdempotentCreate
    @POST
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> create(@PathParam("roleId") UUID roleId, @NotNull @Valid ShortlistName name) {
        return shortlists.create(caller.get(), roleId, name.name())
                .map(view -> Response.status(Response.Status.CREATED).entity(view).build());
    }

    @Operation(summary = "The role's shortlists with their submissions")
    @GET
    @RolesAllowed({Roles.CASTING, Roles.ADMIN})
    public Uni<List<ShortlistService.ShortlistView>> list(@PathParam("roleId") UUID roleId) {
        return shortlists.ofRole(caller.get(), roleId);
    }

    @Operation(summary = "Put a submission on a shortlist (a new one also becomes SHORTLISTED)")
    @PUT
    @Path("/{shortlistId}/submissions/{submissionId}")
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> add(@PathParam("roleId") UUID roleId, @PathParam("shortlistId") UUID shortlistId,
                             @PathParam("submissionId") UUID submissionId) {
        return shortlists.add(caller.get(), roleId, shortlistId, submissionId).call(wakeup::afterCommit)
                .map(ignored -> Response.noContent().build());
    }

    @Operation(summary = "Take a submission off a shortlist")
    @DELETE
    @Path("/{shortlistId}/submissions/{submissionId}")
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> remove(@PathParam("roleId") UUID roleId, @PathParam("shortlistId") UUID shortlistId,
                                @PathParam("submissionId") UUID submissionId) {
        return shortlists.remove(caller.get(), roleId, shortlistId, submissionId).map(ignored -> Response.noContent().build());
    }
}
