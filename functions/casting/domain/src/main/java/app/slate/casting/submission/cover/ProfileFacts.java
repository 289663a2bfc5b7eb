package app.slate.casting.submission.cover;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of a talent profile a cover note may draw on, read from the profile document that
 * talent owns (casting sees it through {@code TalentReads}). Legal name, date of birth, exact
 * location and contact details are never read: a note carries nothing the talent did not choose
 * to show casting.
 */
public record ProfileFacts(String name, Integer playableMin, Integer playableMax, List<Language> languages, List<Skill> skills,
                           String unionStatus, List<String> unions, List<Credit> credits, String training, String city,
                           String country, List<String> awardsWon) {

    public record Language(String code, String proficiency, List<String> accents) {
    }

    public record Skill(String name, String level) {
    }

    public record Credit(String title, String role, int year, String type) {
    }

    public static ProfileFacts read(String displayName, JsonNode details) {
        List<Language> languages = new ArrayList<>();
        details.path("languages").forEach(l -> languages.add(new Language(l.path("language").asText(""),
                l.path("proficiency").asText(""), texts(l.path("accents")))));
        List<Skill> skills = new ArrayList<>();
        details.path("skills").forEach(s -> skills.add(new Skill(s.path("name").asText(""), s.path("level").asText(null))));
        List<Credit> credits = new ArrayList<>();
        details.path("notableWorks").forEach(c -> credits.add(new Credit(c.path("title").asText(""), c.path("role").asText(null),
                c.path("year").asInt(0), c.path("type").asText("OTHER"))));
        List<String> won = new ArrayList<>();
        details.path("awards").forEach(a -> {
            if ("WON".equals(a.path("result").asText())) {
                won.add(a.path("name").asText() + " (" + a.path("year").asInt() + ")");
            }
        });
        JsonNode age = details.path("playableAge");
        return new ProfileFacts(displayName, number(age.path("min")), number(age.path("max")), languages, skills,
                details.path("union").path("status").asText("NON_UNION"), texts(details.path("union").path("unions")), credits,
                blankToNull(details.path("experience").path("training").asText(null)),
                details.path("location").path("city").asText(null), details.path("location").path("country").asText(null), won);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static Integer number(JsonNode value) {
        return value.isNumber() ? value.asInt() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
