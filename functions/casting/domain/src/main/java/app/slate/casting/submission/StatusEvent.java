package app.slate.casting.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One line of a submission's history: who moved it, when, from what to what, and why. Never changed. */
@Entity
@Table(name = "submission_status_events")
public class StatusEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "from_status")
    public String from;

    @Column(name = "to_status")
    public String to;

    @Column(name = "actor_id")
    public String actorId;

    public String reason;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    static Uni<List<StatusEvent>> historyOf(UUID submissionId) {
        return list("submissionId = ?1 order by occurredAt, id", submissionId);
    }
}
