package app.slate.casting.submission;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A team member's note on a submission, with an optional 1–5 rating; private to the project's team. */
@Entity
@Table(name = "submission_notes")
public class SubmissionNote extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "author_id")
    public String authorId;

    public String body;

    public Short rating;

    @Column(name = "created_at")
    public Instant createdAt;
}
