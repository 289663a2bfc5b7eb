package app.slate.matching.api;

import app.slate.matching.score.Explanation;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A role that fits a talent, from the talent's side: the role board's card, the total and each factor's part. */
public record RoleMatch(String roleId, String projectId, String name, String kind, String projectTitle, String projectType,
                        String city, String country, Instant deadline, int playableAgeMin, int playableAgeMax, boolean paid,
                        BigDecimal payAmount, String payCurrency, String payPeriod, double similarity, double total,
                        List<Explanation.Contribution> factors) {

    static RoleMatch of(String roleId, String projectId, JsonNode card, double similarity, Explanation explanation) {
        return new RoleMatch(roleId, projectId, card.path("name").asText(), card.path("kind").asText(),
                card.path("projectTitle").asText(), card.path("projectType").asText(), card.path("city").asText(),
                card.path("country").asText(), Instant.parse(card.path("deadline").asText()),
                card.path("ageMin").asInt(), card.path("ageMax").asInt(), card.path("paid").asBoolean(),
                card.path("payAmount").isNumber() ? card.path("payAmount").decimalValue() : null,
                text(card.path("payCurrency")), text(card.path("payPeriod")),
                Math.round(similarity * 1000) / 1000.0, explanation.total(), explanation.factors());
    }

    private static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : null;
    }
}
