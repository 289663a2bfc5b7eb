package app.slate.talent.portfolio;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One headshot, reel, voice clip or resume in a profile's portfolio: an uploaded asset or an external link. */
@Entity
@Table(name = "portfolio_items")
public class PortfolioItem extends PanacheEntityBase {

    public enum Kind { HEADSHOT, REEL, VOICE_CLIP, RESUME, PHOTO }

    @Id
    public UUID id;

    @Column(name = "profile_id", nullable = false, updatable = false)
    public UUID profileId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String title;

    @Column(name = "media_asset_id")
    public UUID mediaAssetId;

    @Column(name = "external_url")
    public String externalUrl;

    @Column(nullable = false)
    public int position;

    @Column(name = "is_primary", nullable = false)
    public boolean primary;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public static Uni<List<PortfolioItem>> ofProfile(UUID profileId) {
        return list("profileId = ?1 order by position", profileId);
    }
}
