package app.slate.matching.index;

import app.slate.matching.role.RoleFeatures;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.text.Keywords;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Match documents: the fields the hard filters run on (indexed), the card that answers show
 * ({@code card}, public fields only), what the factors need ({@code features}, stored but not
 * indexed, private fields included) and the embedding.
 */
public final class MatchDocuments {

    private MatchDocuments() {
    }

    public static ObjectNode talent(ObjectMapper json, TalentFeatures t, String headshotItemId, float[] embedding, float[] dreams) {
        ObjectNode doc = json.createObjectNode();
        doc.put("id", t.profileId()).put("version", t.version()).put("ageMin", t.ageMin()).put("ageMax", t.ageMax())
                .put("gender", t.gender()).put("country", t.country()).put("city", Keywords.term(t.city()))
                .put("willingToTravel", t.willingToTravel()).put("unionStatus", t.unionStatus());
        if (t.latitude() != null && t.longitude() != null) {
            doc.putObject("location").put("lat", t.latitude()).put("lon", t.longitude());
        }
        strings(doc.putArray("languages"), t.languageCodes());
        strings(doc.putArray("accents"), t.accentTerms());
        strings(doc.putArray("workCountries"), t.workCountries());
        ArrayNode unavailable = doc.putArray("unavailable");
        t.availability().stream().filter(w -> "UNAVAILABLE".equals(w.status()))
                .forEach(w -> unavailable.addObject().put("gte", w.from().toString()).put("lte", w.to().toString()));
        ObjectNode card = doc.putObject("card");
        card.put("displayName", t.displayName()).put("city", t.city()).put("region", t.region()).put("country", t.country())
                .put("ageMin", t.ageMin()).put("ageMax", t.ageMax()).put("gender", t.gender()).put("unionStatus", t.unionStatus())
                .put("willingToTravel", t.willingToTravel()).put("primaryHeadshot", headshotItemId);
        strings(card.putArray("languages"), t.languageCodes());
        ObjectNode features = doc.putObject("features");
        features.set("talent", json.valueToTree(t));
        if (dreams != null) {
            vector(features.putArray("dreams"), dreams);
        }
        vector(doc.putArray("embedding"), embedding);
        return doc;
    }

    public static ObjectNode role(ObjectMapper json, RoleFeatures r, float[] embedding) {
        ObjectNode doc = json.createObjectNode();
        doc.put("id", r.roleId()).put("version", r.version()).put("projectId", r.projectId()).put("deadline", r.deadline().toString())
                .put("ageMin", r.ageMin()).put("ageMax", r.ageMax())
                .put("requiredLanguageCount", r.languages().size()).put("requiredAccentCount", r.accentTerms().size())
                .put("country", r.country()).put("city", Keywords.term(r.city())).put("unionRequirement", r.unionRequirement());
        strings(doc.putArray("genders"), r.genders());
        strings(doc.putArray("languages"), r.languages());
        strings(doc.putArray("accents"), r.accentTerms());
        if (r.latitude() != null && r.longitude() != null) {
            doc.putObject("location").put("lat", r.latitude()).put("lon", r.longitude());
        }
        if (r.hasShootingDates()) {
            doc.put("shootingFrom", r.shootingFrom().toString()).put("shootingTo", r.shootingTo().toString());
        }
        ObjectNode card = doc.putObject("card");
        card.put("name", r.name()).put("kind", r.kind()).put("projectTitle", r.projectTitle()).put("projectType", r.projectType())
                .put("city", r.city()).put("country", r.country()).put("deadline", r.deadline().toString())
                .put("ageMin", r.ageMin()).put("ageMax", r.ageMax()).put("paid", r.paid())
                .put("payAmount", r.payAmount()).put("payCurrency", r.payCurrency()).put("payPeriod", r.payPeriod());
        doc.putObject("features").set("role", json.valueToTree(r));
        vector(doc.putArray("embedding"), embedding);
        return doc;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    private static void vector(ArrayNode array, float[] values) {
        for (float v : values) {
            array.add(v);
        }
    }

    public static TalentFeatures talentFeatures(ObjectMapper json, JsonNode document) {
        return features(json, document.path("features").path("talent"), TalentFeatures.class);
    }

    public static RoleFeatures roleFeatures(ObjectMapper json, JsonNode document) {
        return features(json, document.path("features").path("role"), RoleFeatures.class);
    }

    private static <T> T features(ObjectMapper json, JsonNode stored, Class<T> type) {
        try {
            return json.treeToValue(stored, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("match document without readable features", e);
        }
    }

    public static float[] vector(JsonNode array) {
        float[] values = new float[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) array.get(i).asDouble();
        }
        return values;
    }
}
