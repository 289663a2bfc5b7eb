package app.slate.scripts.api;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An uploaded screenplay and, once script-analyzer has read it, its breakdown: the number of
 * scenes and every speaking character. Status: QUEUED, ANALYSING, READY or FAILED (with why).
 */
@Entity
@Table(name = "scripts")
public class Script extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false, updatable = false)
    public UUID projectId;

    public String title;

    public String format;

    @Column(name = "source_key")
    public String sourceKey;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String status;

    public String failure;

    public Integer scenes;

    /** A JSON object rather than an array: the reactive PostgreSQL client reads JSON columns as objects. */
    @JdbcTypeCode(SqlTypes.JSON)
    public Characters characters;

    @Column(name = "drafted_by")
    public String draftedBy;

    @Column(name = "uploaded_by", updatable = false)
    public String uploadedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "analysed_at")
    public Instant analysedAt;

    public record Characters(List<ScriptCharacter> items) {
    }

    /** One speaking character as script-analyzer broke it down. */
    public record ScriptCharacter(String name, int lines, int words, List<Integer> scenes, int firstScene, String introduction,
                                  List<String> extensions, List<String> sampleLines) {
    }
}
