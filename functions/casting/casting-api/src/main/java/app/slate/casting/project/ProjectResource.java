package app.slate.casting.project;

import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.RoleService;
import app.slate.casting.role.RoleView;
import app.slate.platform.events.AuditAction;
import app.slate.platform.audit.AuditTrail;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.idempotency.IdempotentCreate;
import app.slate.platform.outbox.OutboxWakeup;
import io.quarkus.hibernate.reactive.panache.Panache;
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
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects")
@Tag(name = "Projects", description = "Productions and their casting teams")
public class ProjectResource {

    private final ProjectService projects;
    private final RoleService roles;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;
    private final AuditTrail audit;

    public ProjectResource(ProjectService projects, RoleService roles, OutboxWakeup wakeup, CurrentCaller caller, AuditTrail audit) {
        this.projects = projects;
        this.roles = roles;
        this.wakeup = wakeup;
        this.caller = caller;
        this.audit = audit;
    }

    @Operation(summary = "Create a project; you become its owner")
    @IdempotentCreate
    @POST
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> create(@NotNull @Valid ProjectDetails details) {
        return projects.create(caller.get(), details)
                .map(view -> Response.created(URI.create("/projects/" + view.id())).entity(view).build());
    }

    @Operation(summary = "The projects you own or have joined")
    @GET
    @RolesAllowed(Roles.CASTING)
    public Uni<List<ProjectView>> mine() {
        return projects.mine(caller.get());
    }

    @Operation(summary = "Read a project of your team")
    @GET
    @Path("/{projectId}")
    @RolesAllowed({Roles.CASTING, Roles.ADMIN})
    public Uni<ProjectView> get(@PathParam("projectId") UUID projectId) {
        return projects.get(caller.get(), projectId);
    }

    @Operation(summary = "Replace a project's details (owner or editor)")
    @PUT
    @Path("/{projectId}")
    @RolesAllowed(Roles.CASTING)
    public Uni<ProjectView> replace(@PathParam("projectId") UUID projectId, @NotNull @Valid ProjectDetails details) {
        return projects.replace(caller.get(), projectId, details).call(wakeup::afterCommit);
    }

    @Operation(summary = "Invite a collaborator by email as editor or viewer (owner only); inviting again changes the access")
    @POST
    @Path("/{projectId}/collaborators")
    @RolesAllowed(Roles.CASTING)
    public Uni<CollaboratorView> invite(@PathParam("projectId") UUID projectId, @NotNull @Valid CollaboratorInvite invite) {
        Caller owner = caller.get();
        return Panache.withTransaction(() -> projects.invite(owner, projectId, invite)
                        .call(invited -> accessChanged(owner, projectId, invited, "invited as " + invited.access().name().toLowerCase())))
                .call(wakeup::afterCommit);
    }

    @Operation(summary = "The project's team: collaborators and pending invitations")
    @GET
    @Path("/{projectId}/collaborators")
    @RolesAllowed({Roles.CASTING, Roles.ADMIN})
    public Uni<List<CollaboratorView>> team(@PathParam("projectId") UUID projectId) {
        return projects.team(caller.get(), projectId);
    }

    @Operation(summary = "Remove a collaborator or withdraw an invitation (owner only)")
    @DELETE
    @Path("/{projectId}/collaborators/{email}")
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> remove(@PathParam("projectId") UUID projectId, @PathParam("email") String email) {
        Caller owner = caller.get();
        return Panache.withTransaction(() -> projects.remove(owner, projectId, email)
                        .call(removed -> accessChanged(owner, projectId, removed, "removed from the team")))
                .call(wakeup::afterCommit).map(ignored -> Response.noContent().build());
    }

    @Operation(summary = "Accept an invitation sent to your verified email address")
    @POST
    @Path("/{projectId}/collaborators/accept")
    @RolesAllowed(Roles.CASTING)
    public Uni<CollaboratorView> accept(@PathParam("projectId") UUID projectId) {
        Caller joining = caller.get();
        return Panache.withTransaction(() -> projects.accept(joining, projectId)
                        .call(joined -> accessChanged(joining, projectId, joined, "joined as " + joined.access().name().toLowerCase())))
                .call(wakeup::afterCommit);
    }

    @Operation(summary = "Add a role (breakdown) to a project, as a draft (owner or editor)")
    @IdempotentCreate
    @POST
    @Path("/{projectId}/roles")
    @RolesAllowed(Roles.CASTING)
    public Uni<Response> addRole(@PathParam("projectId") UUID projectId, @NotNull @Valid RoleDetails details) {
        return roles.create(caller.get(), projectId, details).call(wakeup::afterCommit)
                .map(view -> Response.created(URI.create("/roles/" + view.id())).entity(view).build());
    }

    @Operation(summary = "The project's roles, in every state")
    @GET
    @Path("/{projectId}/roles")
    @RolesAllowed({Roles.CASTING, Roles.ADMIN})
    public Uni<List<RoleView>> roles(@PathParam("projectId") UUID projectId) {
        return roles.ofProject(caller.get(), projectId);
    }

    /** A change of who is on a project's team, audited in the change's transaction (the person by account, never by email). */
    private Uni<Void> accessChanged(Caller actor, UUID projectId, CollaboratorView collaborator, String detail) {
        UUID person = collaborator.accountId() == null ? null : UUID.fromString(collaborator.accountId());
        return audit.record(actor, AuditAction.COLLABORATOR_ACCESS_CHANGED, person, "project:" + projectId,
                person == null ? detail + " (not on Slate yet)" : detail);
    }
}
