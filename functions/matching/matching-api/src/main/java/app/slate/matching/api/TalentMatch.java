package app.slate.matching.api;

import app.slate.matching.score.Explanation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A suggested talent as the casting team sees it: the public card of the profile, the semantic
 * similarity, the total and each factor's contribution with its reason, and whether their plan
 * places them first ({@code priority}, which ranked them with a boost) or shows the featured badge,
 * and whether they hold a national-ID verification that has not expired ({@code verified}).
 * Nothing private of the profile (coordinates, salary expectation, work authorizations, dream
 * roles, birth date) is here.
 */
public record TalentMatch(String profileId, String displayName, String city, String region, String country,
                          int playableAgeMin, int playableAgeMax, String gender, String unionStatus, boolean willingToTravel,
                          List<String> languages, String primaryHeadshot, double similarity, double total,
                          List<Explanation.Contribution> factors, String feedback, boolean priority, boolean featured,
                          boolean verified) {

    static TalentMatch of(String profileId, JsonNode card, double similarity, Explanation explanation, String feedback, boolean priority,
                          boolean featured, boolean verified) {
        List<String> languages = new ArrayList<>();
        card.path("languages").forEach(l -> languages.add(l.asText()));
        return new TalentMatch(profileId, card.path("displayName").asText(), card.path("city").asText(),
                card.path("region").isTextual() ? card.path("region").asText() : null, card.path("country").asText(),
                card.path("ageMin").asInt(), card.path("ageMax").asInt(), card.path("gender").asText(),
                card.path("unionStatus").asText(), card.path("willingToTravel").asBoolean(), languages,
                card.path("primaryHeadshot").isTextual() ? card.path("primaryHeadshot").asText() : null,
                Math.round(similarity * 1000) / 1000.0, explanation.total(), explanation.factors(), feedback, priority, featured,
                verified);
    }
}
