package app.slate.scripts.api;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/scripts/{scriptId}")
@Tag(name = "Scripts", description = "Screenplay analysis: characters, dialogue volume, scenes, drafted roles")
@RolesAllowed(Roles.CASTING)
public class ScriptResource {

    private final CurrentCaller caller;
    private final OutboxWakeup wakeup;
    private final ScriptService scripts;

    public ScriptResource(CurrentCaller caller, OutboxWakeup wakeup, ScriptService scripts) {
        this.caller = caller;
        this.wakeup = wakeup;
        this.scripts = scripts;
    }

    @Operation(summary = "A script's analysis: status, scenes, characters with their lines, words and scenes, and drafted roles")
    @GET
    public Uni<ScriptView> get(@PathParam("scriptId") UUID scriptId) {
        return scripts.get(caller.get(), scriptId);
    }

    @Operation(summary = "Edit a drafted role before approving it")
    @PATCH
    @Path("/drafts/{draftId}")
    public Uni<DraftView> edit(@PathParam("scriptId") UUID scriptId, @PathParam("draftId") UUID draftId, @NotNull @Valid DraftEdit edit) {
        return scripts.edit(caller.get(), scriptId, draftId, edit);
    }

    @Operation(summary = "Approve a drafted role into a draft role of the project, to edit (PUT /roles/{roleId}) and open")
    @POST
    @Path("/drafts/{draftId}/approve")
    public Uni<Response> approve(@PathParam("scriptId") UUID scriptId, @PathParam("draftId") UUID draftId) {
        return scripts.approve(caller.get(), scriptId, draftId).call(wakeup::afterCommit)
                .map(role -> Response.status(Response.Status.CREATED).entity(role).location(URI.create("/roles/" + role.id())).build());
    }
}
