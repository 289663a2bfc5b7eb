package app.slate.casting.project;

import app.slate.casting.reads.Access;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project as its team sees it, with the caller's own access. */
public record ProjectView(UUID id, String title, ProjectType type, String productionCompany, LocalDate startsOn,
                          LocalDate endsOn, List<ProjectLocation> locations, String union, boolean confidential,
                          String logline, String locale, String ownerId, Access yourAccess, long version, Instant updatedAt) {

    static ProjectView of(Project p, Access access) {
        return new ProjectView(p.id, p.title, ProjectType.valueOf(p.type), p.productionCompany, p.startsOn, p.endsOn,
                p.locations.items(), p.union, p.confidential, p.logline, p.locale, p.ownerId, access, p.version, p.updatedAt);
    }
}
