package app.slate.casting.flier;

import app.slate.casting.project.Project;
import app.slate.casting.project.ProjectType;
import app.slate.casting.role.CastingRole;
import app.slate.casting.role.RoleDetails;
import app.slate.casting.role.Visibility;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A role and its project as the database would give them, for FlierFilesTest and ./slate bench fliers. */
public final class FlierSamples {

    private FlierSamples() {
    }

    public static CastingRole role() {
        CastingRole role = new CastingRole();
        role.id = UUID.randomUUID();
        role.name = "Maya Hart";
        role.deadline = Instant.parse("2027-01-15T18:00:00Z");
        role.details = new RoleDetails("Maya Hart", RoleDetails.RoleKind.LEAD,
                "The eldest sister, guarded and funny. She runs the orchard since their father's stroke and will not let her brother sell it; "
                        + "a part for an actor who can turn from warmth to steel in a line.",
                new RoleDetails.AgeRange(28, 36), List.of("FEMALE"), List.of(), List.of("en", "ar"), List.of("Horse riding", "Stage combat"),
                List.of("Mancunian"), new RoleDetails.RoleLocation("Manchester", null, "GB", null, null),
                new RoleDetails.Pay(true, new BigDecimal("650"), "GBP", RoleDetails.PayPeriod.DAY, null), RoleDetails.UnionRequirement.UNION_ONLY,
                new RoleDetails.Shooting(LocalDate.parse("2027-03-01"), LocalDate.parse("2027-06-30")), role.deadline, Visibility.PUBLIC,
                List.of(), List.of(), new RoleDetails.Rider(RoleDetails.Nudity.NONE, true, null));
        return role;
    }

    public static Project project(String locale, boolean confidential) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.title = "The Glass Orchard";
        project.type = ProjectType.SERIES.name();
        project.confidential = confidential;
        project.locale = locale;
        return project;
    }
}
