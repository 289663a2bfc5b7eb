package app.slate.casting.project;

import app.slate.casting.reads.Access;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.RoleEvents;
import app.slate.identity.account.Account;
import app.slate.identity.account.EmailAddress;
import app.slate.platform.auth.Caller;
import app.slate.platform.events.CastingEvents;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Projects and their teams. */
@ApplicationScoped
public class ProjectService {

    private final RoleEvents roleEvents;
    private final Outbox outbox;

    public ProjectService(RoleEvents roleEvents, Outbox outbox) {
        this.roleEvents = roleEvents;
        this.outbox = outbox;
    }

    @WithTransaction
    public Uni<ProjectView> create(Caller caller, ProjectDetails details) {
        details.check();
        Project project = Project.newFor(caller.userId(), details);
        return project.<Project>persist().map(saved -> ProjectView.of(saved, Access.OWNER));
    }

    /** The projects the caller owns or has joined, newest first. */
    @WithSession
    public Uni<List<ProjectView>> mine(Caller caller) {
        return Collaborator.joinedBy(caller.userId()).chain(joined -> Project
                .<Project>list("ownerId = ?1 or id in ?2 order by updatedAt desc", caller.userId(),
                        joined.isEmpty() ? Set.of(new UUID(0, 0)) : joined.keySet())
                .map(projects -> projects.stream().map(p -> ProjectView.of(p,
                        p.ownerId.equals(caller.userId()) ? Access.OWNER : joined.get(p.id))).toList()));
    }

    @WithSession
    public Uni<ProjectView> get(Caller caller, UUID projectId) {
        return ProjectTeam.membership(caller, projectId).map(m -> ProjectView.of(m.project(), m.access()));
    }

    /**
     * Replaces a project's details. Its roles' board documents carry its title and company (or
     * hide them when confidential), so every role is touched and re-announced with the change.
     */
    @WithTransaction
    public Uni<ProjectView> replace(Caller caller, UUID projectId, ProjectDetails details) {
        details.check();
        return ProjectTeam.require(caller, projectId, Access.EDITOR)
                .invoke(project -> project.apply(details))
                .call(project -> CastingRole.<CastingRole>list("projectId", projectId).call(roles -> {
                    Uni<Void> announced = Uni.createFrom().voidItem();
                    for (CastingRole role : roles) {
                        role.updatedAt = Instant.now();
                        announced = announced.chain(() -> roleEvents.changed(role, project));
                    }
                    return announced;
                }))
                .call(Project::flush)
                .map(project -> ProjectView.of(project, project.ownerId.equals(caller.userId()) ? Access.OWNER : Access.EDITOR));
    }

    @WithTransaction
    public Uni<CollaboratorView> invite(Caller caller, UUID projectId, CollaboratorInvite invite) {
        if (invite.access() == Access.OWNER) {
            throw ProblemException.invalid("access", "must be EDITOR or VIEWER; a project has one owner");
        }
        String email = EmailAddress.normalise(invite.email());
        return ProjectTeam.require(caller, projectId, Access.OWNER)
                .chain(project -> Collaborator.<Collaborator>findById(new Collaborator.Key(projectId, email)).chain(existing -> {
                    if (existing != null) {
                        // Inviting again changes the access: that is how an owner promotes or demotes.
                        existing.access = invite.access().name();
                        return Uni.createFrom().item(existing);
                    }
                    Collaborator added = new Collaborator();
                    added.key = new Collaborator.Key(projectId, email);
                    added.access = invite.access().name();
                    added.invitedBy = caller.userId();
                    added.invitedAt = Instant.now();
                    // The invitation email: the address may not belong to anyone on Slate yet.
                    return added.<Collaborator>persist().call(saved -> outbox.record(CastingEvents.COLLABORATOR_INVITED, projectId.toString(),
                            new CastingEvents.CollaboratorInvited(projectId, project.title, email, saved.access, caller.userId())));
                }))
                .map(CollaboratorView::of);
    }

    @WithSession
    public Uni<List<CollaboratorView>> team(Caller caller, UUID projectId) {
        return ProjectTeam.require(caller, projectId, Access.VIEWER)
                .chain(() -> Collaborator.ofProject(projectId))
                .map(members -> members.stream().map(CollaboratorView::of).toList());
    }

    /** Removes the collaborator (or withdraws the invitation) and answers who it was. */
    @WithTransaction
    public Uni<CollaboratorView> remove(Caller caller, UUID projectId, String email) {
        return ProjectTeam.require(caller, projectId, Access.OWNER)
                .<Collaborator>chain(() -> Collaborator.<Collaborator>find("key.projectId = ?1 and key.email = ?2", projectId,
                        EmailAddress.normalise(email)).firstResult())
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No such collaborator"))
                .call(collaborator -> collaborator.delete())
                .map(CollaboratorView::of);
    }

    /**
     * Joins the team the caller was invited to. The invitation names an email, so only the
     * account that holds that email, verified, may take it up.
     */
    @WithTransaction
    public Uni<CollaboratorView> accept(Caller caller, UUID projectId) {
        return ownAccount(caller).chain(account -> Collaborator
                .<Collaborator>findById(new Collaborator.Key(projectId, account.email))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("No invitation to this project for "
                        + account.email))
                .map(invitation -> {
                    if (account.emailVerifiedAt == null) {
                        throw ProblemException.forbidden("Verify your email address before joining a project team.");
                    }
                    if (invitation.acceptedAt == null) {
                        invitation.accountId = caller.userId();
                        invitation.acceptedAt = Instant.now();
                    }
                    return CollaboratorView.of(invitation);
                }));
    }

    private static Uni<Account> ownAccount(Caller caller) {
        UUID id;
        try {
            id = UUID.fromString(caller.userId());
        } catch (IllegalArgumentException notAnAccount) {
            return Uni.createFrom().failure(ProblemException.notFound("No invitation to this project"));
        }
        return Account.findLive(id).onItem().ifNull().failWith(() -> ProblemException.notFound("No invitation to this project"));
    }
}
