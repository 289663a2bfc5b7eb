package app.slate.casting.submission.preparation;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The preparation pack kept with a submission, for its talent. */
@Entity
@Table(name = "preparation_packs")
public class Preparation extends PanacheEntityBase {

    @Id
    @Column(name = "submission_id")
    public UUID submissionId;

    @Column(name = "talent_id", nullable = false, updatable = false)
    public String talentId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public PreparationPack pack;

    @Column(name = "extracted_by", nullable = false)
    public String extractedBy;

    @Column(name = "prepared_at", nullable = false)
    public Instant preparedAt;
}
