package app.slate.casting.role;

import app.slate.casting.plan.PlanLimits;
import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectTeam;
import app.slate.casting.reads.Access;
import app.slate.casting.verification.VerificationGates;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.reads.TalentReads;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Roles (breakdowns): written by the project's editors, read by its team and by the talent it is shown to. */
@ApplicationScoped
public class RoleService {

    /** The closed reason of a role moderators took down. */
    public static final String TAKEN_DOWN = "TAKEN_DOWN";

    private final RoleEvents events;
    private final TalentReads talent;
    private final PlanLimits limits;
    private final VerificationGates gates;
    private final RoleVisibility visibility;

    public RoleService(RoleEvents events, TalentReads talent, PlanLimits limits, VerificationGates gates, RoleVisibility visibility) {
        this.events = events;
        this.visibility = visibility;
        this.talent = talent;
        this.limits = limits;
        this.gates = gates;
    }

    @WithTransaction
    public Uni<RoleView> create(Caller caller, UUID projectId, RoleDetails details) {
        RoleRules.check(details);
        return ProjectTeam.require(caller, projectId, Access.EDITOR).chain(project -> {
            CastingRole role = CastingRole.draft(projectId, details);
            return role.<CastingRole>persist().call(() -> events.changed(role, project)).map(saved -> RoleView.forTeam(saved, project));
        });
    }

    @WithSession
    public Uni<List<RoleView>> ofProject(Caller caller, UUID projectId) {
        return ProjectTeam.require(caller, projectId, Access.VIEWER).chain(project -> CastingRole
                .<CastingRole>list("projectId = ?1 order by createdAt", projectId)
                .map(roles -> roles.stream().map(r -> RoleView.forTeam(r, project)).toList()));
    }

    /**
     * The team sees any of its roles; talent see a public role once it has opened, and an
     * invited-only role when invited; anyone else is told it does not exist.
     */
    @WithSession
    public Uni<RoleView> get(Caller caller, UUID roleId) {
        return CastingRole.<CastingRole>findById(roleId)
                .onItem().ifNull().failWith(RoleService::notFound)
                .chain(role -> Project.<Project>findById(role.projectId).chain(project -> ProjectTeam.membership(caller, project.id)
                        .map(member -> RoleView.forTeam(role, project))
                        .onFailure(ProblemException.class).recoverWithUni(() -> visibility.toTalent(caller, role)
                                .map(visible -> {
                                    if (!visible) {
                                        throw notFound();
                                    }
                                    return RoleView.forTalent(role, project);
                                }))));
    }

    @WithTransaction
    public Uni<RoleView> replace(Caller caller, UUID roleId, RoleDetails details) {
        RoleRules.check(details);
        return TeamRole.require(caller, roleId, Access.EDITOR).chain(team -> {
            if (team.role().status() == RoleStatus.CLOSED) {
                throw ProblemException.conflict("A closed role cannot be changed; open it again first.");
            }
            team.role().apply(details);
            return events.changed(team.role(), team.project()).map(ignored -> RoleView.forTeam(team.role(), team.project()));
        });
    }

    @WithTransaction
    public Uni<RoleView> open(Caller caller, UUID roleId) {
        return TeamRole.require(caller, roleId, Access.EDITOR).chain(team -> {
            CastingRole role = team.role();
            if (role.status() == RoleStatus.OPEN) {
                return Uni.createFrom().item(RoleView.forTeam(role, team.project()));
            }
            if (TAKEN_DOWN.equals(role.closedReason)) {
                throw ProblemException.conflict("Moderators took this role down (" + role.moderationNote
                        + "); only they can reinstate it.");
            }
            if (!role.deadline.isAfter(Instant.now())) {
                throw ProblemException.unprocessable("deadline-passed",
                        "The role's deadline has passed; set a new deadline before opening it.");
            }
            return gates.checkOpening(caller, role).chain(() -> limits.checkOpening(team.project().ownerId)).chain(() -> {
                role.status = RoleStatus.OPEN.name();
                role.closedReason = null;
                role.updatedAt = Instant.now();
                return events.changed(role, team.project()).map(ignored -> RoleView.forTeam(role, team.project()));
            });
        });
    }

    @WithTransaction
    public Uni<RoleView> close(Caller caller, UUID roleId) {
        return TeamRole.require(caller, roleId, Access.EDITOR).chain(team -> {
            CastingRole role = team.role();
            if (role.status() == RoleStatus.CLOSED) {
                return Uni.createFrom().item(RoleView.forTeam(role, team.project()));
            }
            role.status = RoleStatus.CLOSED.name();
            role.closedReason = "MANUAL";
            role.updatedAt = Instant.now();
            return events.changed(role, team.project()).map(ignored -> RoleView.forTeam(role, team.project()));
        });
    }

    /**
     * Moderators take a role (or an ingested casting call) down: closed, off the board, submissions
     * refused, with the reason its team sees; its team cannot open it again.
     */
    @WithTransaction
    public Uni<RoleView> takeDown(UUID roleId, String note) {
        return TeamRole.any(roleId).chain(team -> {
            CastingRole role = team.role();
            role.status = RoleStatus.CLOSED.name();
            role.closedReason = TAKEN_DOWN;
            role.moderationNote = note;
            role.updatedAt = Instant.now();
            return events.changed(role, team.project()).chain(() -> events.takenDown(role, team.project(), note))
                    .map(ignored -> RoleView.forTeam(role, team.project()));
        });
    }

    /** Moderators reinstate a role they took down: open again while its deadline is ahead, closed by its deadline otherwise. */
    @WithTransaction
    public Uni<RoleView> reinstate(UUID roleId) {
        return TeamRole.any(roleId).chain(team -> {
            CastingRole role = team.role();
            if (!TAKEN_DOWN.equals(role.closedReason)) {
                throw ProblemException.notFound("This role was not taken down.");
            }
            boolean open = role.deadline.isAfter(Instant.now());
            role.status = (open ? RoleStatus.OPEN : RoleStatus.CLOSED).name();
            role.closedReason = open ? null : "DEADLINE";
            role.moderationNote = null;
            role.updatedAt = Instant.now();
            return events.changed(role, team.project()).map(ignored -> RoleView.forTeam(role, team.project()));
        });
    }

    /** Invites talent by profile id; inviting someone twice changes nothing. Returns who was newly invited. */
    @WithTransaction
    public Uni<List<UUID>> invite(Caller caller, UUID roleId, List<UUID> profileIds) {
        return TeamRole.require(caller, roleId, Access.EDITOR).chain(team -> talent.byIds(profileIds)
                .chain(byId -> {
                    List<FieldError> unknown = new ArrayList<>();
                    for (int i = 0; i < profileIds.size(); i++) {
                        if (!byId.containsKey(profileIds.get(i))) {
                            unknown.add(new FieldError("talentProfileIds[" + i + "]", "is not a talent profile"));
                        }
                    }
                    if (!unknown.isEmpty()) {
                        throw ProblemException.invalid(unknown);
                    }
                    return RoleInvitation.<RoleInvitation>list("key.roleId = ?1", roleId).chain(existing -> {
                        var already = existing.stream().map(e -> e.key.talentId()).collect(Collectors.toSet());
                        List<TalentReads.Talent> fresh = profileIds.stream().distinct().map(byId::get)
                                .filter(t -> !already.contains(t.ownerId())).toList();
                        if (fresh.isEmpty()) {
                            return Uni.createFrom().item(List.<UUID>of());
                        }
                        List<RoleInvitation> invitations = fresh.stream().map(t -> invitation(roleId, t.ownerId(), caller)).toList();
                        return RoleInvitation.persist(invitations)
                                .call(() -> events.invited(team.role(), team.project(), fresh.stream().map(TalentReads.Talent::ownerId).toList()))
                                .map(ignored -> fresh.stream().map(TalentReads.Talent::id).toList());
                    });
                }));
    }

    /** Talent see a public role once it has opened, an invited-only role when invited. */
    private static RoleInvitation invitation(UUID roleId, String talentId, Caller caller) {
        RoleInvitation invitation = new RoleInvitation();
        invitation.key = new RoleInvitation.Key(roleId, talentId);
        invitation.invitedBy = caller.userId();
        invitation.invitedAt = Instant.now();
        return invitation;
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Role not found");
    }
}
