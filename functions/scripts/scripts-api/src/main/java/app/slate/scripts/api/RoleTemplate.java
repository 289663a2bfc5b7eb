package app.slate.scripts.api;

import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectLocation;
import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.Visibility;
import app.slate.scripts.ScriptRoleDraft;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The role a draft becomes when approved as it is; the team edits it (PUT /roles/{id}) before opening it. */
final class RoleTemplate {

    static final int DEFAULT_MIN_AGE = 18;
    static final int DEFAULT_MAX_AGE = 80;
    private static final Duration DEADLINE = Duration.ofDays(30);

    private RoleTemplate() {
    }

    /** Null when the project has no location to shoot in: then the team must send the role's details. */
    static RoleDetails of(ScriptRoleDraft draft, Project project) {
        if (project.locations == null || project.locations.items().isEmpty()) {
            return null;
        }
        ProjectLocation where = project.locations.items().get(0);
        int min = draft.ageMin == null ? DEFAULT_MIN_AGE : draft.ageMin;
        int max = draft.ageMax == null ? Math.max(min, DEFAULT_MAX_AGE) : draft.ageMax;
        return new RoleDetails(title(draft.characterName), RoleDetails.RoleKind.valueOf(draft.kind), draft.description,
                new RoleDetails.AgeRange(min, max), draft.gender == null ? List.of() : List.of(draft.gender), List.of(), List.of(),
                List.of(), List.of(), new RoleDetails.RoleLocation(where.city(), null, where.country(), null, null),
                new RoleDetails.Pay(false, null, null, null, null), RoleDetails.UnionRequirement.ANY, null,
                Instant.now().plus(DEADLINE).truncatedTo(ChronoUnit.SECONDS), Visibility.PUBLIC,
                List.of(new RoleDetails.MediaRequest(RoleDetails.MediaKind.HEADSHOT, null)), List.of(),
                new RoleDetails.Rider(RoleDetails.Nudity.NONE, false, null));
    }

    /** "MAYA HART" is Maya Hart on a role; "DR. OKAFOR" is Dr. Okafor. */
    static String title(String cue) {
        StringBuilder name = new StringBuilder();
        boolean start = true;
        for (char c : cue.toCharArray()) {
            name.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'';
        }
        return name.length() > 120 ? name.substring(0, 120) : name.toString();
    }
}
