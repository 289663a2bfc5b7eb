package app.slate.casting.role;

import app.slate.casting.project.Project;
import app.slate.identity.reads.Suspensions;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Whether a talent (not the role's team) may see a role and submit to it: not a draft, public or
 * they are invited, and its project's owner is not suspended (a suspended account's roles are
 * hidden everywhere, a direct link included, until an admin reinstates it).
 */
@ApplicationScoped
public class RoleVisibility {

    private final Suspensions suspensions;

    public RoleVisibility(Suspensions suspensions) {
        this.suspensions = suspensions;
    }

    public Uni<Boolean> toTalent(Caller caller, CastingRole role) {
        if (!caller.is(Roles.TALENT) || role.status() == RoleStatus.DRAFT) {
            return Uni.createFrom().item(false);
        }
        Uni<Boolean> shown = Visibility.valueOf(role.visibility) == Visibility.PUBLIC
                ? Uni.createFrom().item(true)
                : RoleInvitation.exists(role.id, caller.userId());
        return shown.chain(visible -> !visible ? Uni.createFrom().item(false)
                : Project.<Project>findById(role.projectId).chain(project -> suspensions.isSuspended(project.ownerId).map(suspended -> !suspended)));
    }

    /**
     * The role, when this talent may submit to it now: 404 when they may not see it (the same
     * answer as a role that does not exist), 409 when it has stopped taking submissions.
     */
    public Uni<CastingRole> openTo(Caller caller, CastingRole role) {
        if (role == null) {
            return Uni.createFrom().failure(ProblemException.notFound("Role not found"));
        }
        return toTalent(caller, role).map(visible -> {
            if (!visible) {
                throw ProblemException.notFound("Role not found");
            }
            if (!role.acceptsSubmissions(Instant.now())) {
                throw new ProblemException(Problem.of("role-closed", "Role closed to submissions", 409,
                        "This role stopped taking submissions" + (role.deadline.isAfter(Instant.now()) ? "." : " at its deadline, " + role.deadline + "."),
                        List.of()));
            }
            return role;
        });
    }
}
