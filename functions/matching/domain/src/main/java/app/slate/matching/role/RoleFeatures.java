package app.slate.matching.role;

import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.text.Keywords;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What matching knows of a role: its breakdown, read from the stored document, and the few
 * project facts that go with it (the public title, the medium). {@code listed} is what the role
 * board shows: open, public, before its deadline.
 */
public record RoleFeatures(
        String roleId, String projectId, long version, boolean listed, Instant deadline, String name, String kind,
        String description, String projectTitle, String projectType, int ageMin, int ageMax, List<String> genders,
        List<String> languages, List<String> accents, List<String> skills, String city, String country,
        Double latitude, Double longitude, boolean paid, BigDecimal payAmount, String payCurrency, String payPeriod,
        String unionRequirement, LocalDate shootingFrom, LocalDate shootingTo) {

    public static RoleFeatures of(String roleId, String projectId, long version, boolean listed, Instant deadline,
                                  String projectTitle, String projectType, JsonNode d) {
        JsonNode location = d.path("location");
        JsonNode pay = d.path("pay");
        JsonNode shooting = d.path("shooting");
        return new RoleFeatures(roleId, projectId, version, listed, deadline, d.path("name").asText(),
                d.path("kind").asText("OTHER"), d.path("description").asText(""), projectTitle, projectType,
                d.path("playableAge").path("min").asInt(), d.path("playableAge").path("max").asInt(),
                strings(d.path("genders")), strings(d.path("languages")), strings(d.path("accents")), strings(d.path("skills")),
                location.path("city").asText(), location.path("country").asText(),
                location.path("latitude").isNumber() ? location.path("latitude").asDouble() : null,
                location.path("longitude").isNumber() ? location.path("longitude").asDouble() : null,
                pay.path("paid").asBoolean(false), pay.path("amount").isNumber() ? pay.path("amount").decimalValue() : null,
                pay.path("currency").isTextual() ? pay.path("currency").asText() : null,
                pay.path("period").isTextual() ? pay.path("period").asText() : null,
                d.path("union").asText("ANY"),
                TalentFeatures.date(shooting.path("from")), TalentFeatures.date(shooting.path("to")));
    }

    public boolean hasShootingDates() {
        return shootingFrom != null && shootingTo != null;
    }

    public List<String> accentTerms() {
        return accents.stream().map(Keywords::term).distinct().toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }
}
