package app.slate.talent.search;

import static app.slate.platform.search.SearchFilters.allOf;
import static app.slate.platform.search.SearchFilters.anyOf;
import static app.slate.platform.search.SearchFilters.equalTo;
import static app.slate.platform.text.Keywords.terms;

import app.slate.identity.reads.Suspensions;
import app.slate.identity.reads.Verifications;
import app.slate.matching.reads.TalentsByMeaning;
import app.slate.payments.reads.Placements;
import app.slate.payments.reads.Placements.Placed;
import app.slate.platform.blocking.Await;
import app.slate.platform.search.HiddenOwners;
import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchCursor;
import app.slate.platform.search.SearchIndices;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.aggregations.Aggregate;
import org.opensearch.client.opensearch._types.aggregations.Aggregation;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/** Talent search over the published profiles in OpenSearch: filters, facets, cursor pages, ranked as {@link TalentRanking} says. */
@ApplicationScoped
public class TalentSearch {

    /** Facets are counted over every match, shown as the top values of each. */
    private static final Map<String, String> FACETS = Map.of(
            "gender", "gender", "unionStatus", "unionStatus", "languages", "languages", "skills", "skills",
            "country", "country", "build", "build", "hairColor", "hairColor", "eyeColor", "eyeColor", "experienceLevel", "experienceLevel");
    private static final int FACET_SIZE = 15;

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SearchIndices indices;
    private final Placements placements;
    private final Verifications verifications;
    private final Suspensions suspensions;
    private final TalentsByMeaning meaning;
    private final double meaningFloor;
    private final double meaningMatchFloor;

    /**
     * {@code meaningFloor}: the similarity below which a profile is not near a text at all. Set for
     * all-MiniLM-L6-v2 over matching's profile texts (unrelated ones score 0.05 to 0.2, related ones
     * 0.24 and up); {@code meaningMatchFloor}: the similarity from which meaning alone makes a match
     * (a made-up word or a bare name scores up to about 0.26 against many profiles). Another
     * embedding model may want its own.
     */
    public TalentSearch(OpenSearchClient openSearch, SearchConfig config, SearchIndices indices, Placements placements,
                        Verifications verifications, Suspensions suspensions, TalentsByMeaning meaning,
                        @ConfigProperty(name = "slate.talent-search.meaning-floor", defaultValue = "0.2") double meaningFloor,
                        @ConfigProperty(name = "slate.talent-search.meaning-match-floor", defaultValue = "0.3") double meaningMatchFloor) {
        this.openSearch = openSearch;
        this.config = config;
        this.indices = indices;
        this.placements = placements;
        this.verifications = verifications;
        this.suspensions = suspensions;
        this.meaning = meaning;
        this.meaningFloor = meaningFloor;
        this.meaningMatchFloor = meaningMatchFloor;
    }

    public TalentSearchResult search(TalentQuery query) {
        query.checkRanges();
        // A new domain has no index until a function creates it; search then answers empty.
        indices.ensureTalentIndex();
        Placed placed = placements.current().await().atMost(Await.LIMIT);
        Set<String> hidden = suspensions.current().await().atMost(Await.LIMIT);
        boolean text = query.text != null && !query.text.isBlank();
        Map<String, Double> nearInMeaning = text ? meaning.nearest(query.text, narrowing(query), TalentRanking.MEANING_CANDIDATES,
                meaningFloor) : Map.of();
        Query ranked = text ? TalentRanking.searching(query(query, false), query.text, nearInMeaning, meaningFloor, meaningMatchFloor,
                placed.priority())
                : TalentRanking.browsing(query(query, false), placed.priority());
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(config.talentIndex())
                .query(HiddenOwners.excluding(ranked, TalentRanking.OWNER, hidden))
                .size(query.limit + 1)
                .trackTotalHits(t -> t.enabled(true))
                // The score, then the id: a cursor is exact, so no talent is skipped or repeated.
                .sort(SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
                        SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc))));
        if (query.cursor != null) {
            request.searchAfter(SearchCursor.decodeScoreThenId(query.cursor));
        } else {
            // Facets describe the whole result, so the first page carries them and later pages skip the work.
            FACETS.forEach((name, field) -> request.aggregations(name,
                    Aggregation.of(a -> a.terms(t -> t.field(field).size(FACET_SIZE)))));
        }
        SearchResponse<TalentDocument> response;
        try {
            response = openSearch.search(request.build(), TalentDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("talent search failed", e);
        }
        List<Hit<TalentDocument>> hits = response.hits().hits();
        boolean more = hits.size() > query.limit;
        List<Hit<TalentDocument>> page = more ? hits.subList(0, query.limit) : hits;
        String next = more ? SearchCursor.encode(page.get(page.size() - 1).sort()) : null;
        long total = response.hits().total() == null ? page.size() : response.hits().total().value();
        Set<String> verified = verifications.verifiedAmong(page.stream().map(h -> h.source().ownerId()).filter(Objects::nonNull).toList())
                .await().atMost(Await.LIMIT);
        Instant now = Instant.now();
        return new TalentSearchResult(page.stream().map(h -> card(h.source(), placed, verified, TalentRanking.reasons(h.source(), text,
                        h.matchedQueries(), nearInMeaning.get(h.source().id()), placed.priority(h.source().ownerId()), now))).toList(),
                facets(response), total, next, TalentRanking.describe(text));
    }

    /** The filters that the match index holds too, so that the nearest in meaning are among those the search can show. */
    private static TalentsByMeaning.Narrowing narrowing(TalentQuery q) {
        return new TalentsByMeaning.Narrowing(q.ageFrom, q.ageTo, q.genders, q.country, q.languages);
    }

    /** The query a search stands for, without ranking: what a saved search stores to be percolated (words, not meaning). */
    public static Query query(TalentQuery q) {
        return query(q, true);
    }

    private static Query query(TalentQuery q, boolean words) {
        List<Query> filters = new ArrayList<>();
        List<Query> exclusions = new ArrayList<>();
        if (q.ageTo != null) {
            filters.add(Query.of(f -> f.range(r -> r.field("playableAgeMin").lte(JsonData.of(q.ageTo)))));
        }
        if (q.ageFrom != null) {
            filters.add(Query.of(f -> f.range(r -> r.field("playableAgeMax").gte(JsonData.of(q.ageFrom)))));
        }
        anyOf(filters, "gender", q.genders);
        anyOf(filters, "unionStatus", q.unionStatuses);
        anyOf(filters, "hairColor", q.hairColors);
        anyOf(filters, "eyeColor", q.eyeColors);
        anyOf(filters, "build", q.builds);
        anyOf(filters, "experienceLevel", q.experience);
        if (q.heightFrom != null || q.heightTo != null) {
            filters.add(Query.of(f -> f.range(r -> {
                r.field("heightCm");
                if (q.heightFrom != null) {
                    r.gte(JsonData.of(q.heightFrom));
                }
                return q.heightTo == null ? r : r.lte(JsonData.of(q.heightTo));
            })));
        }
        allOf(filters, "languages", q.languages);
        allOf(filters, "accents", terms(q.accents));
        allOf(filters, "skills", terms(q.skills));
        equalTo(filters, "country", q.country);
        equalTo(filters, "willingToTravel", q.willingToTravel);
        if (q.near != null) {
            String[] latLon = q.near.split(",");
            filters.add(Query.of(f -> f.geoDistance(g -> g.field("location").distance(q.radiusKm + "km")
                    .location(l -> l.latlon(p -> p.lat(Double.parseDouble(latLon[0])).lon(Double.parseDouble(latLon[1])))))));
        }
        if (q.availableFrom != null) {
            // A date_range intersecting the wanted days means the talent has blocked one of them.
            exclusions.add(Query.of(f -> f.range(r -> r.field("unavailable")
                    .gte(JsonData.of(q.availableFrom.toString())).lte(JsonData.of(q.availableTo.toString())))));
        }
        return Query.of(root -> root.bool(b -> {
            b.filter(filters).mustNot(exclusions);
            if (words && q.text != null && !q.text.isBlank()) {
                b.must(m -> m.multiMatch(mm -> mm.query(q.text).fields("displayName^3", "notableWorks^2", "bio")));
            }
            return b;
        }));
    }

    private static Map<String, List<TalentSearchResult.FacetCount>> facets(SearchResponse<TalentDocument> response) {
        Map<String, List<TalentSearchResult.FacetCount>> facets = new LinkedHashMap<>();
        for (Map.Entry<String, Aggregate> aggregate : response.aggregations().entrySet()) {
            facets.put(aggregate.getKey(), aggregate.getValue().sterms().buckets().array().stream()
                    .map(b -> new TalentSearchResult.FacetCount(b.key(), b.docCount())).toList());
        }
        return facets;
    }

    private static TalentSearchResult.TalentCard card(TalentDocument d, Placed placed, Set<String> verified,
                                                      List<TalentRanking.Reason> ranking) {
        return new TalentSearchResult.TalentCard(d.id(), d.displayName(), d.pronouns(), d.playableAgeMin(),
                d.playableAgeMax(), d.gender(), d.city(), d.country(), d.languages(), d.skills(), d.unionStatus(),
                d.primaryHeadshot(), d.completeness(), placed.featured(d.ownerId()),
                // A document indexed before owners were kept has none (until its profile next changes).
                d.ownerId() != null && verified.contains(d.ownerId()), ranking);
    }
}
