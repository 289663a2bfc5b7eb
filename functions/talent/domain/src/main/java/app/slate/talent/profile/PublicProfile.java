package app.slate.talent.profile;

import app.slate.talent.portfolio.PortfolioItem;
import app.slate.talent.portfolio.PortfolioItemView;
import java.util.List;
import java.util.UUID;

/**
 * What anyone may see of a published profile. Left out on purpose: legal name (when a stage
 * name is set), date of birth, coordinates, work authorizations, salary expectation and dream
 * roles, which are for the talent and for matching only. {@code verified}: the talent holds a
 * national-ID verification that has not expired (the verified badge).
 */
public record PublicProfile(UUID id, String displayName, String pronouns, PlayableAge playableAge, Gender gender,
                            Appearance appearance, String city, String region, String country, Travel travel,
                            List<LanguageSkill> languages, List<Skill> skills, UnionMembership union,
                            List<Credit> notableWorks, Experience experience, List<Award> awards,
                            List<AvailabilityWindow> availability, Representation representation,
                            List<ProfileLink> links, String bio, List<PortfolioItemView> portfolio, int completeness,
                            boolean verified) {

    public static PublicProfile of(TalentProfile profile, List<PortfolioItem> portfolio, boolean verified) {
        ProfileDetails d = profile.details;
        return new PublicProfile(profile.id, d.displayName(), d.pronouns(), d.playableAge(), d.gender(),
                d.appearance(), d.location().city(), d.location().region(), d.location().country(), d.travel(),
                d.languages(), d.skills(), d.union(), d.notableWorks(), d.experience(), d.awards(),
                d.availability(), d.representation(), d.links(), d.bio(),
                portfolio.stream().map(PortfolioItemView::of).toList(),
                Completeness.of(d, portfolio).score(), verified);
    }
}
