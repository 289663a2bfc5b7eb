package app.slate.casting.lists;

import app.slate.casting.lists.TalentListRequests.Entry;
import app.slate.casting.lists.TalentListRequests.Invitation;
import app.slate.casting.lists.TalentListRequests.ListChange;
import app.slate.casting.lists.TalentListRequests.NewList;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/talent-lists")
@RolesAllowed(Roles.CASTING)
@Tag(name = "Talent lists", description = "Favourite talent kept across projects, shared with project teams, invited to any role")
public class TalentListResource {

    private final TalentLists lists;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public TalentListResource(TalentLists lists, OutboxWakeup wakeup, CurrentCaller caller) {
        this.lists = lists;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Start a talent list, optionally shared with the teams of projects you edit")
    @IdempotentCreate
    @POST
    public Uni<Response> create(@NotNull @Valid NewList request) {
        return lists.create(caller.get(), request).map(list -> Response.status(Response.Status.CREATED).entity(list).build());
    }

    @Operation(summary = "Your talent lists and those shared with your project teams (talent counted, not listed)")
    @GET
    public Uni<List<TalentListView>> mine() {
        return lists.mine(caller.get());
    }

    @Operation(summary = "A talent list with its talent and the team's notes")
    @GET
    @Path("/{id}")
    public Uni<TalentListView> one(@PathParam("id") UUID id) {
        return lists.view(caller.get(), id);
    }

    @Operation(summary = "Rename a list or change the projects it is shared with (its owner only)")
    @PATCH
    @Path("/{id}")
    public Uni<TalentListView> change(@PathParam("id") UUID id, @NotNull @Valid ListChange change) {
        return lists.change(caller.get(), id, change);
    }

    @Operation(summary = "Delete a list (its owner only)")
    @DELETE
    @Path("/{id}")
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return lists.delete(caller.get(), id).map(ignored -> Response.noContent().build());
    }

    @Operation(summary = "Put a published talent on the list, with an optional note (again: changes the note)")
    @PUT
    @Path("/{id}/talent/{profileId}")
    public Uni<TalentListView> put(@PathParam("id") UUID id, @PathParam("profileId") UUID profileId, @NotNull @Valid Entry entry) {
        return lists.put(caller.get(), id, profileId, entry.note());
    }

    @Operation(summary = "Take a talent off the list")
    @DELETE
    @Path("/{id}/talent/{profileId}")
    public Uni<Response> remove(@PathParam("id") UUID id, @PathParam("profileId") UUID profileId) {
        return lists.remove(caller.get(), id, profileId).map(ignored -> Response.noContent().build());
    }

    @Operation(summary = "Invite the list's talent to a role you edit; those invited before stay as they are")
    @POST
    @Path("/{id}/invitations")
    public Uni<Map<String, List<UUID>>> invite(@PathParam("id") UUID id, @NotNull @Valid Invitation invitation) {
        return lists.invite(caller.get(), id, invitation.roleId()).call(wakeup::afterCommit).map(invited -> Map.of("invited", invited));
    }
}
