package app.slate.casting.project;

import app.slate.casting.reads.RoleListing;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "projects")
public class Project extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Version
    public long version;

    public String title;

    @Column(name = "project_type")
    public String type;

    @Column(name = "production_company")
    public String productionCompany;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** A JSON object rather than an array: the reactive PostgreSQL client reads JSON columns as objects. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Locations locations;

    public record Locations(List<ProjectLocation> items) {
    }

    @Column(name = "union_status")
    public String union;

    public boolean confidential;

    public String logline;

    /** The language its casting material is written in, as a BCP 47 tag such as ar-SA. */
    public String locale;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    static Project newFor(String ownerId, ProjectDetails details) {
        Project project = new Project();
        project.id = UUID.randomUUID();
        project.ownerId = ownerId;
        project.createdAt = Instant.now();
        project.apply(details);
        return project;
    }

    void apply(ProjectDetails details) {
        title = details.title();
        type = details.type().name();
        productionCompany = details.productionCompany();
        startsOn = details.startsOn();
        endsOn = details.endsOn();
        locations = new Locations(details.locations());
        union = details.union();
        confidential = details.confidential();
        logline = details.logline();
        locale = details.locale() != null ? details.locale() : locale != null ? locale : "en";
        updatedAt = Instant.now();
    }

    /** What talent see of the project: nothing that names it when it is confidential. */
    public String publicTitle() {
        return RoleListing.publicTitle(confidential, type, title);
    }
}
