package app.slate.talent.profile;

import app.slate.talent.portfolio.PortfolioItem;
import app.slate.talent.portfolio.PortfolioItemView;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The owner's view of their profile: everything, with what would make it more complete. */
public record ProfileView(UUID id, long version, boolean published, ProfileDetails details,
                          List<PortfolioItemView> portfolio, Completeness completeness,
                          Instant createdAt, Instant updatedAt) {

    public static ProfileView of(TalentProfile profile, List<PortfolioItem> portfolio) {
        return new ProfileView(profile.id, profile.version, profile.published, profile.details,
                portfolio.stream().map(PortfolioItemView::of).toList(),
                Completeness.of(profile.details, portfolio), profile.createdAt, profile.updatedAt);
    }
}
