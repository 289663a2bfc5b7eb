package app.slate.matching.talent;

import app.slate.platform.geo.CoarseLocation;
import app.slate.platform.text.Keywords;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * What matching knows of a talent profile, read from the profile's stored document. Some of it
 * is private (salary expectation, work authorizations, dream roles): the factors may use it, but
 * what casting is shown never repeats it. Coordinates come only as the person's grid cell
 * ({@link CoarseLocation}), so no radius filter over match documents can narrow anyone down.
 */
public record TalentFeatures(
        String profileId, String ownerId, long version, String displayName, int ageMin, int ageMax, String gender,
        Integer heightCm, String build, String city, String region, String country, Double latitude, Double longitude,
        boolean willingToTravel, Integer maxTravelKm, List<Language> languages, List<String> skills, String unionStatus,
        List<Authorization> authorizations, List<Window> availability, Salary salary, List<Work> credits,
        Integer yearsActive, Integer productions, List<Honour> awards, List<String> dreamRoles, String bio, String training) {

    public record Language(String code, String proficiency, List<String> accents) {
    }

    public record Authorization(String country, String status) {
        public boolean canWork() {
            return !"NEEDS_SPONSORSHIP".equals(status);
        }
    }

    public record Window(LocalDate from, LocalDate to, String status) {
        public boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && !to.isBefore(start);
        }
    }

    /** The lowest acceptable rate in minor units of its currency, per HOUR, DAY, WEEK or PROJECT. */
    public record Salary(long amountMinor, String currency, String per) {
    }

    public record Work(String title, String role, int year, String type) {
    }

    public record Honour(String name, int year, String category, boolean won) {
    }

    public static TalentFeatures of(String profileId, String ownerId, long version, JsonNode d) {
        JsonNode location = d.path("location");
        CoarseLocation cell = location.path("latitude").isNumber() && location.path("longitude").isNumber()
                ? CoarseLocation.of(location.path("latitude").asDouble(), location.path("longitude").asDouble()) : null;
        JsonNode salary = d.path("salaryExpectation");
        String stage = d.path("stageName").asText("");
        return new TalentFeatures(profileId, ownerId, version,
                stage.isBlank() ? d.path("legalName").asText() : stage,
                d.path("playableAge").path("min").asInt(), d.path("playableAge").path("max").asInt(), d.path("gender").asText(),
                integer(d.path("appearance").path("heightCm")), text(d.path("appearance").path("build")),
                location.path("city").asText(), text(location.path("region")), location.path("country").asText(),
                cell == null ? null : cell.latitude(), cell == null ? null : cell.longitude(),
                d.path("travel").path("willingToTravel").asBoolean(false), integer(d.path("travel").path("maxDistanceKm")),
                list(d.path("languages"), l -> new Language(l.path("language").asText(), l.path("proficiency").asText(),
                        list(l.path("accents"), JsonNode::asText))),
                list(d.path("skills"), s -> s.path("name").asText()),
                d.path("union").path("status").asText("NON_UNION"),
                list(d.path("workAuthorizations"), w -> new Authorization(w.path("country").asText(), w.path("status").asText())),
                list(d.path("availability"), w -> new Window(date(w.path("from")), date(w.path("to")), w.path("status").asText())),
                salary.isObject() ? new Salary(salary.path("amountMinor").asLong(), salary.path("currency").asText(),
                        salary.path("per").asText()) : null,
                list(d.path("notableWorks"), c -> new Work(c.path("title").asText(), text(c.path("role")),
                        c.path("year").asInt(), c.path("type").asText("OTHER"))),
                integer(d.path("experience").path("yearsActive")), integer(d.path("experience").path("productions")),
                list(d.path("awards"), a -> new Honour(a.path("name").asText(), a.path("year").asInt(), text(a.path("category")),
                        "WON".equals(a.path("result").asText()))),
                list(d.path("dreamRoles"), JsonNode::asText),
                text(d.path("bio")), text(d.path("experience").path("training")));
    }

    /** Countries where this talent may work: the home country and every authorization that needs no sponsorship. */
    public List<String> workCountries() {
        List<String> countries = new ArrayList<>(List.of(country));
        authorizations.stream().filter(Authorization::canWork).map(Authorization::country)
                .filter(c -> !countries.contains(c)).forEach(countries::add);
        return countries;
    }

    public List<String> languageCodes() {
        return languages.stream().map(Language::code).toList();
    }

    public List<String> accentTerms() {
        return languages.stream().flatMap(l -> l.accents().stream()).map(Keywords::term).distinct().toList();
    }

    static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> items = new ArrayList<>();
        array.forEach(node -> items.add(item.apply(node)));
        return List.copyOf(items);
    }

    /** A stored date: ISO text, or the [year, month, day] array the ORM's JSON mapper writes. */
    public static LocalDate date(JsonNode node) {
        if (node.isArray() && node.size() == 3) {
            return LocalDate.of(node.get(0).asInt(), node.get(1).asInt(), node.get(2).asInt());
        }
        return node.isTextual() ? LocalDate.parse(node.asText()) : null;
    }

    static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    static Integer integer(JsonNode node) {
        return node.isNumber() ? node.asInt() : null;
    }
}
