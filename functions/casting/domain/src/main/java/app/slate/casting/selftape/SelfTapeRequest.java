package app.slate.casting.selftape;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "self_tape_requests")
public class SelfTapeRequest extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "submission_id", updatable = false)
    public UUID submissionId;

    public String instructions;

    public Instant deadline;

    @Column(name = "sides_asset_id")
    public UUID sidesAssetId;

    public String status;

    @Column(name = "tape_asset_id")
    public UUID tapeAssetId;

    @Column(name = "decline_reason")
    public String declineReason;

    @Column(name = "requested_by", updatable = false)
    public String requestedBy;

    @Version
    public long version;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** Expired as soon as the deadline passes unanswered, whether or not the deadline job has run yet. */
    public SelfTapeStatus status(Instant now) {
        SelfTapeStatus stored = SelfTapeStatus.valueOf(status);
        boolean open = stored == SelfTapeStatus.INVITED || stored == SelfTapeStatus.CONFIRMED;
        return open && !deadline.isAfter(now) ? SelfTapeStatus.EXPIRED : stored;
    }

    public static Uni<List<SelfTapeRequest>> ofSubmission(UUID submissionId) {
        return list("submissionId = ?1 order by createdAt", submissionId);
    }
}
