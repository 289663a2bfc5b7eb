package app.slate.casting.project;

import app.slate.casting.reads.Access;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** A member of a project's team other than its owner: invited by email, active once accepted. */
@Entity
@Table(name = "project_collaborators")
public class Collaborator extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "project_id") UUID projectId, String email) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "account_id")
    public String accountId;

    @Column(nullable = false)
    public String access;

    @Column(name = "invited_by", nullable = false)
    public String invitedBy;

    @Column(name = "invited_at", nullable = false)
    public Instant invitedAt;

    @Column(name = "accepted_at")
    public Instant acceptedAt;

    static Uni<Collaborator> activeMember(UUID projectId, String accountId) {
        return find("key.projectId = ?1 and accountId = ?2 and acceptedAt is not null", projectId, accountId).firstResult();
    }

    static Uni<List<Collaborator>> ofProject(UUID projectId) {
        return list("key.projectId = ?1 order by invitedAt", projectId);
    }

    /** The projects where this account is an active member, with its access to each. */
    static Uni<Map<UUID, Access>> joinedBy(String accountId) {
        return Collaborator.<Collaborator>list("accountId = ?1 and acceptedAt is not null", accountId)
                .map(members -> members.stream().collect(Collectors.toMap(m -> m.key.projectId(), m -> Access.valueOf(m.access))));
    }
}
