package app.slate.talent.search;

import app.slate.platform.geo.CoarseLocation;
import app.slate.platform.text.Keywords;
import app.slate.talent.portfolio.PortfolioItem;
import app.slate.talent.profile.AvailabilityWindow;
import app.slate.talent.profile.Completeness;
import app.slate.talent.profile.LanguageSkill;
import app.slate.talent.profile.ProfileDetails;
import app.slate.talent.profile.Skill;
import app.slate.talent.profile.TalentProfile;
import app.slate.talent.profile.WorkAuthorization;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A published profile as OpenSearch indexes it (mapping: infra/opensearch/talents.json). Only
 * what search filters, facets or shows goes in, and whose profile it is (never shown: it is how a
 * plan's priority placement and featured badge find the profile); matching keeps its own vectors
 * (infra/opensearch/matching). The owner's standing ({@code verifiedUntil}, {@code activeOn}) is
 * not the profile's: the search indexer adds it from identity when it writes the document.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TalentDocument(
        String id, long version, String ownerId, String displayName, String pronouns, int playableAgeMin, int playableAgeMax,
        String gender, Integer heightCm, String build, String hairColor, String eyeColor, String experienceLevel,
        String city, String region, String country, GeoPoint location, boolean willingToTravel,
        List<String> languages, List<String> accents, List<String> skills, List<String> skillCategories,
        String unionStatus, List<String> unions, List<String> workAuthorizations, List<DateRange> unavailable,
        String bio, String notableWorks, String primaryHeadshot, int completeness, Instant updatedAt,
        Instant verifiedUntil, LocalDate activeOn) {

    /** Only the person's grid cell is indexed: radius searches cannot narrow anyone down further. */
    public record GeoPoint(double lat, double lon) {
        static GeoPoint coarse(double latitude, double longitude) {
            CoarseLocation cell = CoarseLocation.of(latitude, longitude);
            return new GeoPoint(cell.latitude(), cell.longitude());
        }
    }

    public record DateRange(String gte, String lte) {
    }

    public static TalentDocument of(TalentProfile profile, List<PortfolioItem> portfolio) {
        ProfileDetails d = profile.details;
        var appearance = d.appearance();
        return new TalentDocument(
                profile.id.toString(), profile.version, profile.ownerId, d.displayName(), d.pronouns(),
                d.playableAge().min(), d.playableAge().max(), d.gender().name(),
                appearance == null ? null : appearance.heightCm(),
                appearance == null || appearance.build() == null ? null : appearance.build().name(),
                appearance == null || appearance.hairColor() == null ? null : appearance.hairColor().name(),
                appearance == null || appearance.eyeColor() == null ? null : appearance.eyeColor().name(),
                ExperienceLevel.nameOf(d.experience()),
                d.location().city(), d.location().region(), d.location().country(),
                d.location().latitude() == null ? null : GeoPoint.coarse(d.location().latitude(), d.location().longitude()),
                d.travel() != null && d.travel().willingToTravel(),
                d.languages().stream().map(LanguageSkill::language).toList(),
                d.languages().stream().flatMap(l -> l.accents().stream()).map(Keywords::term).distinct().toList(),
                d.skills().stream().map(Skill::name).map(Keywords::term).distinct().toList(),
                d.skills().stream().map(s -> s.category().name()).distinct().toList(),
                d.union().status().name(), d.union().unions(),
                d.workAuthorizations().stream().filter(WorkAuthorization::canWork).map(WorkAuthorization::country).toList(),
                d.availability().stream().filter(w -> w.status() == AvailabilityWindow.Status.UNAVAILABLE)
                        .map(w -> new DateRange(w.from().toString(), w.to().toString())).toList(),
                d.bio(),
                String.join(" · ", d.notableWorks().stream().map(c -> c.title()).toList()),
                portfolio.stream().filter(i -> i.primary).map(i -> i.id.toString()).findFirst().orElse(null),
                Completeness.of(d, portfolio).score(),
                profile.updatedAt,
                null, null);
    }
}
