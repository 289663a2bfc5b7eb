package app.slate.talent.profile;

import app.slate.platform.auth.Minors;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "talent_profiles")
public class TalentProfile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    /** Bumped on every change, portfolio included; the search index keeps only the newest. */
    @Version
    public long version;

    public boolean published;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Column(nullable = false)
    public String country;

    @Column(name = "union_status", nullable = false)
    public String unionStatus;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ProfileDetails details;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public boolean isMinorOn(LocalDate today) {
        return dateOfBirth != null && dateOfBirth.plusYears(Minors.ADULT_AGE).isAfter(today);
    }

    public static Uni<TalentProfile> findByOwner(String ownerId) {
        return find("ownerId", ownerId).firstResult();
    }

    static TalentProfile newFor(String ownerId, ProfileDetails details) {
        TalentProfile profile = new TalentProfile();
        profile.id = UUID.randomUUID();
        profile.ownerId = ownerId;
        profile.createdAt = Instant.now();
        profile.apply(details);
        return profile;
    }

    void apply(ProfileDetails details) {
        this.details = details;
        this.published = details.published();
        this.displayName = details.displayName();
        this.dateOfBirth = details.dateOfBirth();
        this.country = details.location().country();
        this.unionStatus = details.union().status().name();
        touch();
    }

    /** Marks the profile changed (a portfolio change, say) so that its version moves on. */
    public void touch() {
        this.updatedAt = Instant.now();
    }
}
