package app.slate.casting.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A talent's submission to a role. {@code submittedBy} is the person who made it: the talent, or a minor's guardian. */
@Entity
@Table(name = "submissions")
public class Submission extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "role_id", updatable = false)
    public UUID roleId;

    @Column(name = "talent_id", updatable = false)
    public String talentId;

    @Column(name = "talent_profile_id", updatable = false)
    public UUID talentProfileId;

    public String status;

    public String note;

    /** A JSON object rather than an array: the reactive PostgreSQL client reads JSON columns as objects. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "portfolio_item_ids")
    public Portfolio portfolio;

    public record Portfolio(List<UUID> itemIds) {
    }

    @Column(name = "submitted_by", updatable = false)
    public String submittedBy;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public SubmissionStatus status() {
        return SubmissionStatus.valueOf(status);
    }
}
