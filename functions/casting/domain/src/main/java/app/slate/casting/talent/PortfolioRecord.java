package app.slate.casting.talent;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A portfolio item as casting reads it: only to check that a submission cites the talent's own items. */
@Entity
@Immutable
@Table(name = "portfolio_items")
public class PortfolioRecord extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "profile_id")
    public UUID profileId;

    public static Uni<Long> countOwned(UUID profileId, Collection<UUID> ids) {
        return count("profileId = ?1 and id in ?2", profileId, ids);
    }
}
