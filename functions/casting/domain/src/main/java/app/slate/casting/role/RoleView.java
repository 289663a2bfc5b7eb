package app.slate.casting.role;

import app.slate.casting.project.Project;
import java.time.Instant;
import java.util.UUID;

/**
 * A role and what the caller may know of its project: its team sees the real title, talent see
 * what the role board shows (nothing naming a confidential project).
 */
public record RoleView(UUID id, UUID projectId, String projectTitle, String projectType, RoleStatus status,
                       boolean acceptingSubmissions, RoleDetails details, String closedReason, long version, Instant updatedAt) {

    public static RoleView forTeam(CastingRole role, Project project) {
        return of(role, project, project.title);
    }

    public static RoleView forTalent(CastingRole role, Project project) {
        return of(role, project, project.publicTitle());
    }

    private static RoleView of(CastingRole role, Project project, String title) {
        return new RoleView(role.id, project.id, title, project.type, role.status(), role.acceptsSubmissions(Instant.now()),
                role.details, role.closedReason, role.version, role.updatedAt);
    }
}
