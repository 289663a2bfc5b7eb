package app.slate.scripts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
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

    /** What drafted the roles: "rules" (the script's own words) or the Bedrock model id that refined them. */
    @Column(name = "extracted_by")
    public String extractedBy;

    @Column(name = "uploaded_by", updatable = false)
    public String uploadedBy;

    @Column(name = "created_at", updatable = false)
    public Instant createdAt;

    @Column(name = "analysed_at")
    public Instant analysedAt;

    /** The script, marked ANALYSING for the analyzer; null once it is READY or FAILED (a repeated message). */
    public static Uni<Script> claimForAnalysis(UUID id) {
        return Script.<Script>findById(id, LockModeType.PESSIMISTIC_WRITE).map(script -> {
            if (script == null || !("QUEUED".equals(script.status) || "ANALYSING".equals(script.status))) {
                return null;
            }
            script.status = "ANALYSING";
            return script;
        });
    }

    /** Why the analysis failed, as its uploader reads it (at most 500 characters). */
    public static Uni<Void> failed(UUID id, String reason) {
        return Script.<Script>findById(id).invoke(script -> {
            script.status = "FAILED";
            script.failure = reason.length() > 500 ? reason.substring(0, 500) : reason;
            script.analysedAt = Instant.now();
        }).replaceWithVoid();
    }

    /**
     * The breakdown and the roles drafted from it, once: a repeated delivery that finds the script
     * already READY changes nothing, and a character never gets two drafts.
     */
    public static Uni<Void> analysed(UUID id, int scenes, List<ScriptCharacter> characters, String extractedBy, List<ScriptRoleDraft> drafts) {
        return Script.<Script>findById(id, LockModeType.PESSIMISTIC_WRITE).chain(script -> {
            if (script == null || !"ANALYSING".equals(script.status)) {
                return Uni.createFrom().voidItem();
            }
            script.status = "READY";
            script.scenes = scenes;
            script.characters = new Characters(characters);
            script.extractedBy = extractedBy;
            script.analysedAt = Instant.now();
            script.failure = null;
            return ScriptRoleDraft.ofScript(id).chain(existing -> {
                var named = existing.stream().map(d -> d.characterName).collect(Collectors.toSet());
                return ScriptRoleDraft.persist(drafts.stream().filter(d -> named.add(d.characterName)).toList());
            });
        });
    }

    public record Characters(List<ScriptCharacter> items) {
    }

    /** One speaking character as script-analyzer broke it down. */
    public record ScriptCharacter(String name, int lines, int words, List<Integer> scenes, int firstScene, String introduction,
                                  List<String> extensions, List<String> sampleLines) {
    }
}
