package app.slate.casting.project;

import app.slate.casting.reads.Access;
import app.slate.casting.reads.TeamAccess;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Object-level authorization for everything inside a project: the caller's place on its team
 * (the rule is {@link TeamAccess}). Someone outside the team is told the project does not exist;
 * a team member without enough access is told what they lack. Call inside a session.
 */
public final class ProjectTeam {

    private ProjectTeam() {
    }

    public record Membership(Project project, Access access) {
    }

    public static Uni<Project> require(Caller caller, UUID projectId, Access needed) {
        return membership(caller, projectId).map(member -> {
            if (!member.access().allows(needed)) {
                throw ProblemException.forbidden("This needs " + needed.name().toLowerCase()
                        + " access to the project; yours is " + member.access().name().toLowerCase() + ".");
            }
            return member.project();
        });
    }

    public static Uni<Membership> membership(Caller caller, UUID projectId) {
        return Project.<Project>findById(projectId)
                .onItem().ifNull().failWith(ProjectTeam::notFound)
                .chain(project -> Collaborator.activeMember(projectId, caller.userId())
                        .map(member -> TeamAccess.decide(project.ownerId, member == null ? null : member.access, caller)
                                .map(access -> new Membership(project, access))
                                .orElseThrow(ProjectTeam::notFound)));
    }

    /** Everyone on the team (owner and accepted collaborators): whom team notifications reach. */
    public static Uni<List<String>> memberIds(Project project) {
        return Collaborator.ofProject(project.id).map(members -> {
            List<String> ids = new ArrayList<>();
            ids.add(project.ownerId);
            members.stream().filter(m -> m.acceptedAt != null).forEach(m -> ids.add(m.accountId));
            return ids;
        });
    }

    private static ProblemException notFound() {
        return ProblemException.notFound("Project not found");
    }
}
