package app.slate.casting.role;

import app.slate.casting.project.Project;
import java.time.Instant;
import java.util.UUID;

/**
 * A role and what the caller may know of its project: its team sees the real title, talent see
 * what the role board shows (nothing naming a confidential project). {@code moderationNote}: why
 * moderators took it down, for its team.
 */
public record RoleView(UUID id, UUID projectId, String projectTitle, String projectType, RoleStatus status,
                       boolean acceptingSubmissions, RoleDetails details, String closedReason, String moderationNote, long version,
                       Instant updatedAt) {

    /** The team sees why moderators took the role down. */
    public static RoleView forTeam(CastingRole role, Project project) {
        return of(role, project, project.title, role.moderationNote);
    }

    public static RoleView forTalent(CastingRole role, Project project) {
        return of(role, project, project.publicTitle(), null);
    }

    private static RoleView of(CastingRole role, Project project, String title, String moderationNote) {
        return new RoleView(role.id, project.id, title, project.type, role.status(), role.acceptsSubmissions(Instant.now()),
                role.details, role.closedReason, moderationNote, role.version, role.updatedAt);
    }
}
