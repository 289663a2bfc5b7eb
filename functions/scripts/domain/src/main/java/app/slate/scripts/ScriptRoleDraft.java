package app.slate.scripts;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A role drafted from one character of a script: DRAFT until approved into a role (or edited first). */
@Entity
@Table(name = "script_role_drafts")
public class ScriptRoleDraft extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "script_id", nullable = false, updatable = false)
    public UUID scriptId;

    @Column(name = "character_name")
    public String characterName;

    public int position;

    public String kind;

    @Column(name = "age_min")
    public Integer ageMin;

    @Column(name = "age_max")
    public Integer ageMax;

    public String gender;

    public String description;

    public String status;

    @Column(name = "role_id")
    public UUID roleId;

    @Column(name = "updated_at")
    public Instant updatedAt;

    /** A new draft, as the analyzer drafts it from a character. */
    public static ScriptRoleDraft drafted(UUID scriptId, String characterName, int position, String kind, Integer ageMin, Integer ageMax,
                                          String gender, String description) {
        ScriptRoleDraft draft = new ScriptRoleDraft();
        draft.id = UUID.randomUUID();
        draft.scriptId = scriptId;
        draft.characterName = characterName;
        draft.position = position;
        draft.kind = kind;
        draft.ageMin = ageMin;
        draft.ageMax = ageMax;
        draft.gender = gender;
        draft.description = description;
        draft.status = "DRAFT";
        draft.updatedAt = Instant.now();
        return draft;
    }

    public static Uni<List<ScriptRoleDraft>> ofScript(UUID scriptId) {
        return list("scriptId = ?1 order by position", scriptId);
    }
}
