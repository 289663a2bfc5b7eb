package app.slate.casting.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named list of a role's submissions ("Final four", "Director's picks"). */
@Entity
@Table(name = "shortlists")
public class Shortlist extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "role_id")
    public UUID roleId;

    public String name;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;
}
