package app.slate.matching.index;

import app.slate.matching.role.RoleFeatures;
import app.slate.matching.talent.TalentFeatures;
import app.slate.platform.search.SearchFilters;
import app.slate.platform.text.Keywords;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.GeoLocation;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.RangeRelation;

/**
 * The hard requirements, as filters that run inside the k-NN query (filtered k-NN): every
 * candidate it returns meets them. One set per direction: talent for a role, roles for a talent.
 */
public final class HardFilters {

    private HardFilters() {
    }

    /**
     * Talent who fit a role: playable age overlaps; gender among those sought (if any); every
     * required language and accent; may work in the shooting country; the union requirement;
     * in the same city, within the local radius of the shoot, or willing to travel; not marked
     * unavailable over the shooting dates; not declined for this role before.
     */
    public static Query talentFor(RoleFeatures r, int localRadiusKm, Collection<String> excludedIds) {
        List<Query> must = new ArrayList<>();
        must.add(range("ageMin", null, r.ageMax()));
        must.add(range("ageMax", r.ageMin(), null));
        SearchFilters.anyOf(must, "gender", r.genders());
        SearchFilters.allOf(must, "languages", r.languages());
        SearchFilters.allOf(must, "accents", r.accentTerms());
        SearchFilters.equalTo(must, "workCountries", r.country());
        switch (r.unionRequirement()) {
            case "UNION_ONLY" -> SearchFilters.equalTo(must, "unionStatus", "MEMBER");
            case "NON_UNION_ONLY" -> SearchFilters.anyOf(must, "unionStatus", List.of("NON_UNION", "ELIGIBLE"));
            default -> { }
        }
        List<Query> near = new ArrayList<>();
        near.add(term("willingToTravel", true));
        near.add(Query.of(q -> q.bool(b -> b.filter(term("city", Keywords.term(r.city())), term("country", r.country())))));
        if (r.latitude() != null && r.longitude() != null) {
            near.add(within("location", r.latitude(), r.longitude(), localRadiusKm));
        }
        must.add(anyOf(near));
        List<Query> mustNot = new ArrayList<>();
        if (r.hasShootingDates()) {
            mustNot.add(Query.of(q -> q.range(g -> g.field("unavailable").relation(RangeRelation.Intersects)
                    .gte(JsonData.of(r.shootingFrom().toString())).lte(JsonData.of(r.shootingTo().toString())))));
        }
        if (!excludedIds.isEmpty()) {
            mustNot.add(Query.of(q -> q.ids(i -> i.values(List.copyOf(excludedIds)))));
        }
        return Query.of(q -> q.bool(b -> b.filter(must).mustNot(mustNot)));
    }

    /**
     * The role requirements a talent meets, on any index of role documents (the role board's
     * "fit for me" uses them too): playable age overlaps; their gender sought or none named; every
     * required language among theirs; the union requirement admits them; the shoot in a country
     * where they may work.
     */
    public static List<Query> requirementsMet(TalentFeatures t) {
        List<Query> must = new ArrayList<>();
        must.add(range("ageMin", null, t.ageMax()));
        must.add(range("ageMax", t.ageMin(), null));
        must.add(anyOf(List.of(term("genders", t.gender()), Query.of(q -> q.bool(b -> b.mustNot(n -> n.exists(e -> e.field("genders"))))))));
        must.add(allRequired("languages", "requiredLanguageCount", t.languageCodes()));
        must.add(terms("unionRequirement", "MEMBER".equals(t.unionStatus()) ? List.of("ANY", "UNION_ONLY") : List.of("ANY", "NON_UNION_ONLY")));
        must.add(terms("country", t.workCountries()));
        return must;
    }

    /**
     * Listed roles a talent fits: deadline ahead; the requirements above; every required accent
     * among theirs; near them unless they travel; no unavailable window of theirs over the
     * shooting dates.
     */
    public static Query rolesFor(TalentFeatures t, int localRadiusKm, Instant now) {
        List<Query> must = new ArrayList<>(requirementsMet(t));
        must.add(Query.of(q -> q.range(g -> g.field("deadline").gt(JsonData.of(now.toString())))));
        must.add(allRequired("accents", "requiredAccentCount", t.accentTerms()));
        if (!t.willingToTravel()) {
            List<Query> near = new ArrayList<>();
            near.add(Query.of(q -> q.bool(b -> b.filter(term("city", Keywords.term(t.city())), term("country", t.country())))));
            if (t.latitude() != null && t.longitude() != null) {
                near.add(within("location", t.latitude(), t.longitude(), localRadiusKm));
            }
            must.add(anyOf(near));
        }
        List<Query> mustNot = new ArrayList<>();
        t.availability().stream().filter(w -> "UNAVAILABLE".equals(w.status())).forEach(w -> mustNot.add(Query.of(q -> q.bool(b -> b
                .filter(range("shootingFrom", null, w.to().toString()))
                .filter(range("shootingTo", w.from().toString(), null))))));
        return Query.of(q -> q.bool(b -> b.filter(must).mustNot(mustNot)));
    }

    /** Every value the document requires (counted in {@code countField}) is among {@code offered}. */
    private static Query allRequired(String field, String countField, List<String> offered) {
        List<Query> options = new ArrayList<>();
        options.add(Query.of(q -> q.term(t -> t.field(countField).value(FieldValue.of(0)))));
        if (!offered.isEmpty()) {
            options.add(Query.of(q -> q.termsSet(ts -> ts.field(field).terms(offered).minimumShouldMatchField(countField))));
        }
        return anyOf(options);
    }

    private static Query anyOf(List<Query> options) {
        return Query.of(q -> q.bool(b -> b.should(options).minimumShouldMatch("1")));
    }

    private static Query within(String field, double lat, double lon, int km) {
        return Query.of(q -> q.geoDistance(g -> g.field(field).distance(km + "km")
                .location(GeoLocation.of(l -> l.latlon(ll -> ll.lat(lat).lon(lon))))));
    }

    private static Query range(String field, Object gte, Object lte) {
        return Query.of(q -> q.range(r -> {
            r.field(field);
            if (gte != null) {
                r.gte(JsonData.of(gte));
            }
            if (lte != null) {
                r.lte(JsonData.of(lte));
            }
            return r;
        }));
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query terms(String field, List<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values.stream().map(FieldValue::of).toList()))));
    }
}
