package app.slate.casting.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "shortlist_entries")
public class ShortlistEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "shortlist_id") UUID shortlistId, @Column(name = "submission_id") UUID submissionId)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "added_by")
    public String addedBy;

    @Column(name = "added_at")
    public Instant addedAt;
}
