package app.slate.casting.role;

import app.slate.casting.reads.RoleListing;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A role (breakdown) of a project. Name, status, visibility and deadline are columns: queries and the deadline job use them. */
@Entity
@Table(name = "casting_roles")
public class CastingRole extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    public String name;

    public String status;

    public String visibility;

    public Instant deadline;

    @JdbcTypeCode(SqlTypes.JSON)
    public RoleDetails details;

    @Column(name = "closed_reason")
    public String closedReason;

    /** Why moderators took the role down (closed reason TAKEN_DOWN), shown to its team. */
    @Column(name = "moderation_note")
    public String moderationNote;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    static CastingRole draft(UUID projectId, RoleDetails details) {
        CastingRole role = new CastingRole();
        role.id = UUID.randomUUID();
        role.projectId = projectId;
        role.status = RoleStatus.DRAFT.name();
        role.createdAt = Instant.now();
        role.apply(details);
        return role;
    }

    void apply(RoleDetails details) {
        this.details = details;
        this.name = details.name();
        this.visibility = details.visibility().name();
        this.deadline = details.deadline();
        this.updatedAt = Instant.now();
    }

    public RoleStatus status() {
        return RoleStatus.valueOf(status);
    }

    /** Open and before its deadline, whatever the deadline job has or has not done yet. */
    public boolean acceptsSubmissions(Instant now) {
        return RoleListing.acceptsSubmissions(status, deadline, now);
    }

    /** On the public role board. */
    public boolean listed(Instant now) {
        return RoleListing.listed(status, visibility, deadline, now);
    }

    /**
     * The role, locked against a concurrent close for the rest of the transaction: a
     * submission that sees it open is committed before the close can happen.
     */
    public static Uni<CastingRole> lockedForSubmission(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_READ);
    }
}
