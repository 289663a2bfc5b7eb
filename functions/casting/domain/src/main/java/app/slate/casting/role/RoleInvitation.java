package app.slate.casting.role;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A talent invited to a role: the only talent who may see or submit to an invited-only role. */
@Entity
@Table(name = "role_invitations")
public class RoleInvitation extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "role_id") UUID roleId, @Column(name = "talent_id") String talentId) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "invited_by")
    public String invitedBy;

    @Column(name = "invited_at")
    public Instant invitedAt;

    public static Uni<Boolean> exists(UUID roleId, String talentId) {
        return count("key.roleId = ?1 and key.talentId = ?2", roleId, talentId).map(n -> n > 0);
    }
}
