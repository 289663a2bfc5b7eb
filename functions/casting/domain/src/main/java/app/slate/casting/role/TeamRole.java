package app.slate.casting.role;

import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectTeam;
import app.slate.casting.reads.Access;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import java.util.UUID;

/** A role reached through its project's team: the check every team-side operation on a role starts with. */
public record TeamRole(CastingRole role, Project project) {

    public static Uni<TeamRole> require(Caller caller, UUID roleId, Access needed) {
        return CastingRole.<CastingRole>findById(roleId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Role not found"))
                .chain(role -> ProjectTeam.require(caller, role.projectId, needed)
                        .onFailure(ProblemException.class).transform(e -> notFoundForOutsiders((ProblemException) e))
                        .map(project -> new TeamRole(role, project)));
    }

    /** A role and its project for moderators, who act on any role without being on its team. */
    public static Uni<TeamRole> any(UUID roleId) {
        return CastingRole.<CastingRole>findById(roleId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Role not found"))
                .chain(role -> Project.<Project>findById(role.projectId).map(project -> new TeamRole(role, project)));
    }

    /** Someone outside the team learns nothing, not even that the role's project exists. */
    private static ProblemException notFoundForOutsiders(ProblemException e) {
        return e.problem().status() == 404 ? ProblemException.notFound("Role not found") : e;
    }
}
