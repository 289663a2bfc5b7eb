package app.slate.talent.cv;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One CV as read for its owner: the proposals, each accepted or not yet, and the lines that were not read. */
@Entity
@Table(name = "cv_imports")
public class CvImport extends PanacheEntityBase {

    /** Long enough to come back to the review; the proposals hold the talent's personal details. */
    static final Duration KEPT = Duration.ofDays(30);

    /** A proposal as stored: {@code value} in the shape of the profile field it would fill. */
    public record Stored(String id, String field, JsonNode value, int line, String source, boolean accepted) {
        Stored accept() {
            return new Stored(id, field, value, line, source, true);
        }
    }

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false, updatable = false)
    public String ownerId;

    @Column(nullable = false, updatable = false)
    public String format;

    @Column(name = "extracted_by", nullable = false, updatable = false)
    public String extractedBy;

    /** The proposals, in CV order (a JSON object: Hibernate Reactive binds JSON columns as objects). */
    public record Proposals(List<Stored> items) {
    }

    /** Credit lines that held no credit. */
    public record UnreadLines(List<CvReader.Unread> lines) {
    }

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Proposals proposals;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, updatable = false)
    public UnreadLines unread;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    public Instant expiresAt;

    static CvImport of(String ownerId, CvFormat format, List<Stored> proposals, List<CvReader.Unread> unread) {
        CvImport read = new CvImport();
        read.id = UUID.randomUUID();
        read.ownerId = ownerId;
        read.format = format.name();
        read.extractedBy = "rules";
        read.proposals = new Proposals(List.copyOf(proposals));
        read.unread = new UnreadLines(List.copyOf(unread));
        read.createdAt = Instant.now();
        read.expiresAt = read.createdAt.plus(KEPT);
        return read;
    }

    /** The owner's import, while it has not expired; null otherwise (another's is as absent as a missing one). */
    static Uni<CvImport> ofOwner(UUID id, String ownerId) {
        return CvImport.<CvImport>findById(id).map(found -> found != null && found.ownerId.equals(ownerId)
                && found.expiresAt.isAfter(Instant.now()) ? found : null);
    }
}
