package app.slate.casting.talent;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A talent profile as casting reads it: never written here (talent-api owns profiles), read to
 * know who a submission belongs to, whose portfolio it may cite, and what a profile meets.
 */
@Entity
@Immutable
@Table(name = "talent_profiles")
public class TalentRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id")
    public String ownerId;

    @Column(name = "display_name")
    public String displayName;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode details;

    public static Uni<TalentRecord> ofOwner(String ownerId) {
        return find("ownerId", ownerId).firstResult();
    }
}
