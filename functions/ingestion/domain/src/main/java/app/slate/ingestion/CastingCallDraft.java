package app.slate.ingestion;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A casting call an LLM drafted from ingested text, waiting in the admins' validation queue.
 * Its fingerprint and embedding (for duplicate search) are written once, when it is drafted.
 */
@Entity
@Table(name = "casting_call_drafts")
public class CastingCallDraft extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "message_id", updatable = false)
    public UUID messageId;

    @Column(name = "content_hash", updatable = false)
    public String contentHash;

    @Column(updatable = false)
    public float[] embedding;

    /** What read the post: "rules" (Slate's embedded reader) or the Bedrock model's id. */
    @Column(name = "extracted_by", updatable = false)
    public String extractedBy;

    public String title;

    public String company;

    @Column(name = "project_type")
    public String projectType;

    public String city;

    public String country;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public Instant deadline;

    @Column(name = "age_min")
    public Integer ageMin;

    @Column(name = "age_max")
    public Integer ageMax;

    @JdbcTypeCode(SqlTypes.JSON)
    public Genders genders;

    @Column(name = "pay_amount")
    public BigDecimal payAmount;

    @Column(name = "pay_currency")
    public String payCurrency;

    @Column(name = "pay_period")
    public String payPeriod;

    @Column(name = "pay_text")
    public String payText;

    public String requirements;

    public String contact;

    public String description;

    public BigDecimal quality;

    public int duplicates;

    public String status;

    @Column(name = "review_note")
    public String reviewNote;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "role_id")
    public UUID roleId;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Version
    public long version;

    /** The draft made from a message with the same fingerprint, or null. */
    public static Uni<CastingCallDraft> withHash(String contentHash) {
        return find("contentHash", contentHash).firstResult();
    }

    /** Drafts of the last {@code days} that were not rejected: what a new call is compared with. */
    public static Uni<List<CastingCallDraft>> recent(int days) {
        return list("createdAt > ?1 and status <> 'REJECTED'", Instant.now().minus(days, ChronoUnit.DAYS));
    }

    /** One more message repeated this call (no version change: a reviewer's edit is not disturbed by it). */
    static Uni<Void> sightedAgain(UUID id) {
        return update("duplicates = duplicates + 1 where id = ?1", id).replaceWithVoid();
    }

    /** A JSON object rather than an array: the reactive PostgreSQL client reads JSON columns as objects. */
    public record Genders(List<String> items) {
    }
}
