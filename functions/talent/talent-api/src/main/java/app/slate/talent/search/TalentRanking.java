package app.slate.talent.search;

import app.slate.platform.search.PriorityPlacement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.FieldValueFactorModifier;
import org.opensearch.client.opensearch._types.query_dsl.FunctionBoostMode;
import org.opensearch.client.opensearch._types.query_dsl.FunctionScore;
import org.opensearch.client.opensearch._types.query_dsl.FunctionScoreMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The order of talent search, and why each talent is where they are (the README's "Talent search
 * ranking" is this class in prose). Filters decide who matches; ranking only orders them.
 *
 * <p><b>Searching text</b>: relevance is the keyword score (the words in the name ×3, credits ×2,
 * bio) plus, for profiles near the text in meaning (matching's embeddings, similarity above the
 * configured floor), up to {@value #MEANING_WEIGHT}: the nearest gets it all, the others in
 * proportion to how far above the floor they are. A profile matches by its words, or by its
 * meaning alone when the similarity reaches the higher match floor (a made-up word or a name is
 * faintly similar to many profiles; below that, meaning only adds to a match by words). Relevance
 * is then multiplied by {@value PriorityPlacement#TEXT_WEIGHT} for a
 * priority-placement plan, {@value #VERIFIED} for a verified identity and {@value #ACTIVE} for use
 * of Slate in the last {@value #ACTIVE_DAYS} days: a clearly better match still wins.
 *
 * <p><b>Browsing</b> (no text): the score is the profile's completeness (0 to 1) plus
 * {@value #BROWSE_VERIFIED} if verified and {@value #BROWSE_ACTIVE} if recently active; priority
 * placement adds {@value #BROWSE_PRIORITY}, so those accounts come first.
 */
public final class TalentRanking {

    static final double MEANING_WEIGHT = 4;
    /** How many nearest profiles in meaning are considered. */
    static final int MEANING_CANDIDATES = 100;
    static final float VERIFIED = 1.2f;
    static final float ACTIVE = 1.1f;
    static final int ACTIVE_DAYS = 30;
    static final float BROWSE_PRIORITY = 10f;
    static final float BROWSE_VERIFIED = 0.2f;
    static final float BROWSE_ACTIVE = 0.1f;

    static final String OWNER = "ownerId";
    static final String MEANING = "meaning";
    static final String MEANING_ADDED = "meaning-added";
    /** The fields searched for words, by the name each reports in an explanation, with their weight. */
    private static final Map<String, Float> WORDS = Map.of("displayName", 3f, "notableWorks", 2f, "bio", 1f);
    private static final Map<String, String> WORD_FIELDS = Map.of("displayName", "name", "notableWorks", "credits", "bio", "bio");

    /** Why a talent is ranked where they are: a kind a client can show an icon for, and a sentence. */
    public record Reason(String kind, String detail) {
    }

    private TalentRanking() {
    }

    /** How this page was ordered, said once per answer. */
    static String describe(boolean text) {
        return text
                ? "Relevance: your words (name x3, credits x2, bio) plus closeness in meaning; then x" + PriorityPlacement.TEXT_WEIGHT
                        + " priority placement, x" + VERIFIED + " verified identity, x" + ACTIVE + " active in the last " + ACTIVE_DAYS + " days"
                : "Priority placement first, then profile completeness, +" + BROWSE_VERIFIED + " verified identity, +" + BROWSE_ACTIVE
                        + " active in the last " + ACTIVE_DAYS + " days";
    }

    /**
     * {@code nearInMeaning}: similarities at or above {@code floor}, by profile id; those at or above
     * {@code matchFloor} match on their own, the others only add to a match by words.
     */
    static Query searching(Query filters, String text, Map<String, Double> nearInMeaning, double floor, double matchFloor,
                           Set<String> priority) {
        Query words = Query.of(q -> q.disMax(d -> {
            WORDS.forEach((field, weight) -> d.queries(m -> m.match(mt -> mt.field(field).query(FieldValue.of(text)).boost(weight)
                    .queryName(WORD_FIELDS.get(field)))));
            return d;
        }));
        double nearest = nearInMeaning.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Query> close = new ArrayList<>();
        List<Query> faint = new ArrayList<>();
        nearInMeaning.forEach((profileId, similarity) -> (similarity >= matchFloor ? close : faint).add(Query.of(q -> q.constantScore(c -> c
                .filter(f -> f.term(t -> t.field("id").value(FieldValue.of(profileId))))
                .boost((float) (MEANING_WEIGHT * share(similarity, nearest, floor)))))));
        // One name a clause: OpenSearch keeps one query per name, so a name on each profile's would report only the last.
        Query matching = Query.of(q -> q.bool(b -> {
            b.filter(filters).must(m -> m.bool(either -> {
                either.should(words).minimumShouldMatch("1");
                return close.isEmpty() ? either : either.should(s -> s.bool(n -> n.should(close).queryName(MEANING)));
            }));
            return faint.isEmpty() ? b : b.should(s -> s.bool(n -> n.should(faint).queryName(MEANING_ADDED)));
        }));
        List<FunctionScore> weights = new ArrayList<>();
        if (!priority.isEmpty()) {
            weights.add(FunctionScore.of(f -> f.filter(PriorityPlacement.owners(OWNER, priority)).weight(PriorityPlacement.TEXT_WEIGHT)));
        }
        weights.add(FunctionScore.of(f -> f.filter(verified()).weight(VERIFIED)));
        weights.add(FunctionScore.of(f -> f.filter(recentlyActive()).weight(ACTIVE)));
        return Query.of(q -> q.functionScore(fs -> fs.query(matching).functions(weights)
                .scoreMode(FunctionScoreMode.Multiply).boostMode(FunctionBoostMode.Multiply)));
    }

    /** How much of the meaning weight a similarity earns: the nearest all of it, one at the floor almost none. */
    static double share(double similarity, double nearest, double floor) {
        double span = nearest - floor;
        return span <= 1e-9 ? 1 : Math.max(0.01, (similarity - floor) / span);
    }

    static Query browsing(Query filters, Set<String> priority) {
        List<FunctionScore> parts = new ArrayList<>();
        parts.add(FunctionScore.of(f -> f.fieldValueFactor(v -> v.field("completeness").factor(0.01f).missing(0.0)
                .modifier(FieldValueFactorModifier.None))));
        if (!priority.isEmpty()) {
            parts.add(FunctionScore.of(f -> f.filter(PriorityPlacement.owners(OWNER, priority)).weight(BROWSE_PRIORITY)));
        }
        parts.add(FunctionScore.of(f -> f.filter(verified()).weight(BROWSE_VERIFIED)));
        parts.add(FunctionScore.of(f -> f.filter(recentlyActive()).weight(BROWSE_ACTIVE)));
        return Query.of(q -> q.functionScore(fs -> fs.query(filters).functions(parts)
                .scoreMode(FunctionScoreMode.Sum).boostMode(FunctionBoostMode.Replace)));
    }

    private static Query verified() {
        return Query.of(q -> q.range(r -> r.field("verifiedUntil").gt(JsonData.of("now"))));
    }

    private static Query recentlyActive() {
        return Query.of(q -> q.range(r -> r.field("activeOn").gte(JsonData.of("now-" + ACTIVE_DAYS + "d/d"))));
    }

    /**
     * Why one talent ranks where they do, from what the search found ({@code matched}: the names of
     * the clauses that matched; {@code similarity}: null unless near in meaning) and their standing.
     */
    static List<Reason> reasons(TalentDocument talent, boolean text, List<String> matched, Double similarity, boolean priority,
                                Instant now) {
        List<Reason> reasons = new ArrayList<>();
        if (text) {
            List<String> fields = WORD_FIELDS.values().stream().filter(matched::contains).sorted().toList();
            if (!fields.isEmpty()) {
                reasons.add(new Reason("KEYWORDS", "Your words appear in their " + String.join(", ", fields)));
            }
            if (similarity != null && (matched.contains(MEANING) || matched.contains(MEANING_ADDED))) {
                reasons.add(new Reason("MEANING", "Their profile is close in meaning to your search (similarity "
                        + String.format(Locale.ROOT, "%.2f", similarity) + ")"));
            }
        } else {
            reasons.add(new Reason("COMPLETENESS", "Profile " + talent.completeness() + "% complete"));
        }
        String effect = text ? " (x" : " (+";
        if (priority) {
            reasons.add(new Reason("PRIORITY_PLACEMENT", "Placed higher by their priority-placement plan"
                    + (text ? " (x" + PriorityPlacement.TEXT_WEIGHT + ")" : " (first)")));
        }
        if (talent.verifiedUntil() != null && talent.verifiedUntil().isAfter(now)) {
            reasons.add(new Reason("VERIFIED", "Identity verified" + effect + (text ? VERIFIED : BROWSE_VERIFIED) + ")"));
        }
        if (talent.activeOn() != null && !talent.activeOn().isBefore(LocalDate.ofInstant(now, ZoneOffset.UTC).minusDays(ACTIVE_DAYS))) {
            reasons.add(new Reason("RECENTLY_ACTIVE", "Active on Slate in the last " + ACTIVE_DAYS + " days" + effect
                    + (text ? ACTIVE : BROWSE_ACTIVE) + ")"));
        }
        return reasons;
    }
}
