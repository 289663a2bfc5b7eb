package app.slate.casting.board;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * "Fit for me": the role-board filters that keep only roles whose hard requirements a talent's
 * profile meets: playable age overlaps, gender is among those sought (or none is named), every
 * required language is spoken, the union requirement admits the talent's status, and the
 * talent may work in the shoot's country.
 */
final class TalentFit {

    private TalentFit() {
    }

    static List<Query> filters(JsonNode profile) {
        List<Query> filters = new ArrayList<>();
        int min = profile.path("playableAge").path("min").asInt();
        int max = profile.path("playableAge").path("max").asInt();
        filters.add(Query.of(q -> q.range(r -> r.field("ageMin").lte(JsonData.of(max)))));
        filters.add(Query.of(q -> q.range(r -> r.field("ageMax").gte(JsonData.of(min)))));

        String gender = profile.path("gender").asText();
        filters.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("genders").value(FieldValue.of(gender))))
                .should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("genders"))))))));

        // Every language the role requires must be among the talent's: at least requiredLanguageCount of them match.
        List<FieldValue> spoken = new ArrayList<>();
        profile.path("languages").forEach(l -> spoken.add(FieldValue.of(l.path("language").asText())));
        filters.add(Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.term(t -> t.field("requiredLanguageCount").value(FieldValue.of(0))))
                .should(s -> s.termsSet(ts -> ts.field("languages").terms(spoken.stream().map(FieldValue::stringValue).toList())
                        .minimumShouldMatchField("requiredLanguageCount"))))));

        String union = profile.path("union").path("status").asText();
        List<FieldValue> admitted = new ArrayList<>(List.of(FieldValue.of("ANY")));
        admitted.add(FieldValue.of("MEMBER".equals(union) ? "UNION_ONLY" : "NON_UNION_ONLY"));
        filters.add(Query.of(q -> q.terms(t -> t.field("unionRequirement").terms(v -> v.value(admitted)))));

        Set<String> countries = new LinkedHashSet<>();
        countries.add(profile.path("location").path("country").asText());
        profile.path("workAuthorizations").forEach(w -> {
            if (!"NEEDS_SPONSORSHIP".equals(w.path("status").asText())) {
                countries.add(w.path("country").asText());
            }
        });
        List<FieldValue> workable = countries.stream().map(FieldValue::of).toList();
        filters.add(Query.of(q -> q.terms(t -> t.field("country").terms(v -> v.value(workable)))));
        return filters;
    }
}
