package app.slate.talent.search;

import java.util.List;
import java.util.Map;

/**
 * One page of talent search: the cards, facet counts over all matches, the next page's cursor, and
 * how the page is ordered ({@code rankedBy}; each card says why it is where it is in {@code ranking}).
 */
public record TalentSearchResult(List<TalentCard> items, Map<String, List<FacetCount>> facets, long total, String nextCursor,
                                 String rankedBy) {

    public record FacetCount(String value, long count) {
    }

    /**
     * What a search result shows of a talent; {@code featured}: their plan shows the featured badge;
     * {@code verified}: they hold a national-ID verification that has not expired.
     */
    public record TalentCard(String id, String displayName, String pronouns, int playableAgeMin, int playableAgeMax,
                             String gender, String city, String country, List<String> languages, List<String> skills,
                             String unionStatus, String primaryHeadshot, int completeness, boolean featured, boolean verified,
                             List<TalentRanking.Reason> ranking) {
    }
}
