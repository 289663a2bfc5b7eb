package app.slate.casting.role;

import app.slate.casting.board.BoardQuery;
import app.slate.casting.board.BoardResult;
import app.slate.casting.board.RoleBoard;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/roles")
@Tag(name = "Roles", description = "Breakdowns, their lifecycle, invitations, and the role board")
public class RoleResource {

    private final RoleService roles;
    private final RoleBoard board;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public RoleResource(RoleService roles, RoleBoard board, OutboxWakeup wakeup, CurrentCaller caller) {
        this.roles = roles;
        this.board = board;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "The role board: open public roles with filters; fitForMe=true keeps those whose hard requirements your profile meets")
    @GET
    @RolesAllowed({Roles.TALENT, Roles.CASTING, Roles.ADMIN})
    public Uni<BoardResult> board(@Valid @BeanParam BoardQuery query) {
        return board.search(caller.get(), query);
    }

    @Operation(summary = "Read a role: its team sees any of its roles, talent the roles shown to them")
    @GET
    @Path("/{roleId}")
    @RolesAllowed({Roles.TALENT, Roles.CASTING, Roles.ADMIN})
    public Uni<RoleView> get(@PathParam("roleId") UUID roleId) {
        return roles.get(caller.get(), roleId);
    }

    @Operation(summary = "Replace a draft or open role's breakdown (owner or editor)")
    @PUT
    @Path("/{roleId}")
    @RolesAllowed(Roles.CASTING)
    public Uni<RoleView> replace(@PathParam("roleId") UUID roleId, @NotNull @Valid RoleDetails details) {
        return roles.replace(caller.get(), roleId, details).call(wakeup::afterCommit);
    }

    @Operation(summary = "Open a role to submissions until its deadline")
    @POST
    @Path("/{roleId}/open")
    @RolesAllowed(Roles.CASTING)
    public Uni<RoleView> open(@PathParam("roleId") UUID roleId) {
        return roles.open(caller.get(), roleId).call(wakeup::afterCommit);
    }

    @Operation(summary = "Close a role: no further submissions")
    @POST
    @Path("/{roleId}/close")
    @RolesAllowed(Roles.CASTING)
    public Uni<RoleView> close(@PathParam("roleId") UUID roleId) {
        return roles.close(caller.get(), roleId).call(wakeup::afterCommit);
    }

    @Operation(summary = "Invite talent to a role by profile id; they see it and are told in their inbox")
    @POST
    @Path("/{roleId}/invitations")
    @RolesAllowed(Roles.CASTING)
    public Uni<Map<String, List<UUID>>> invite(@PathParam("roleId") UUID roleId, @NotNull @Valid InvitationRequest request) {
        return roles.invite(caller.get(), roleId, request.talentProfileIds()).call(wakeup::afterCommit)
                .map(invited -> Map.of("invited", invited));
    }
}
