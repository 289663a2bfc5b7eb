package app.slate.casting.board;

import static app.slate.platform.search.SearchFilters.anyOf;
import static app.slate.platform.search.SearchFilters.equalTo;

import app.slate.casting.role.RoleDocument;
import app.slate.identity.reads.Suspensions;
import app.slate.matching.index.HardFilters;
import app.slate.matching.talent.TalentFeatures;
import app.slate.payments.reads.Placements;
import app.slate.payments.reads.Placements.Placed;
import app.slate.platform.auth.Caller;
import app.slate.platform.auth.Roles;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import app.slate.platform.search.HiddenOwners;
import app.slate.platform.search.PriorityPlacement;
import app.slate.platform.search.SearchConfig;
import app.slate.platform.search.SearchCursor;
import app.slate.platform.search.SearchIndices;
import app.slate.talent.reads.TalentReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch._types.SortOptions;
import org.opensearch.client.opensearch._types.SortOrder;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch.core.SearchRequest;
import org.opensearch.client.opensearch.core.SearchResponse;
import org.opensearch.client.opensearch.core.search.Hit;

/**
 * The role board over OpenSearch: open, publicly listed roles, newest first. The index holds a
 * role only while it is open, and the query also drops any whose deadline has passed, so a role
 * the deadline job has not closed yet is already off the board.
 */
@ApplicationScoped
public class RoleBoard {

    private final OpenSearchClient openSearch;
    private final SearchConfig config;
    private final SearchIndices indices;
    private final TalentReads talent;
    private final Placements placements;
    private final Suspensions suspensions;

    public RoleBoard(OpenSearchClient openSearch, SearchConfig config, SearchIndices indices, TalentReads talent, Placements placements,
                     Suspensions suspensions) {
        this.openSearch = openSearch;
        this.config = config;
        this.indices = indices;
        this.talent = talent;
        this.placements = placements;
        this.suspensions = suspensions;
    }

    public Uni<BoardResult> search(Caller caller, BoardQuery query) {
        query.checkRanges();
        return placements.current().chain(placed -> suspensions.current().chain(hidden -> search(caller, query, placed, hidden)));
    }

    private Uni<BoardResult> search(Caller caller, BoardQuery query, Placed placed, Set<String> hidden) {
        return fit(caller, query).chain(fit -> OffLoop.call(() -> search(query, fit, placed, hidden)));
    }

    /**
     * What a saved board search stores to be percolated: its filters and text, without ranking or
     * the deadline (the index holds open roles only). "Fit for me" is the profile as it is when saved.
     */
    public Uni<Query> percolator(Caller caller, BoardQuery query) {
        query.checkRanges();
        return fit(caller, query).map(fit -> {
            List<Query> filters = new ArrayList<>(fit);
            filters.addAll(filters(query));
            text(query).ifPresent(filters::add);
            return Query.of(root -> root.bool(b -> b.filter(filters)));
        });
    }

    /** The caller's hard requirements when they ask for roles that fit them; none otherwise. */
    private Uni<List<Query>> fit(Caller caller, BoardQuery query) {
        if (!query.fitForMe) {
            return Uni.createFrom().item(List.of());
        }
        if (!caller.is(Roles.TALENT)) {
            throw ProblemException.invalid("fitForMe", "compares roles with your talent profile: talent only");
        }
        return talent.ofOwner(caller.userId())
                .onItem().ifNull().failWith(() -> ProblemException.unprocessable("profile-required",
                        "fitForMe compares roles with your talent profile; create it with POST /talents/me first."))
                .map(profile -> HardFilters.requirementsMet(TalentFeatures.of(profile.id().toString(), profile.ownerId(), 0, profile.details())));
    }

    private static Optional<Query> text(BoardQuery query) {
        if (query.text == null || query.text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Query.of(m -> m.multiMatch(mm -> mm.query(query.text).fields("name^3", "projectTitle^2", "description"))));
    }

    /**
     * The board lists the newest first, text being a filter; roles of a casting account with priority
     * placement come before the others (see {@link PriorityPlacement}), each group newest first.
     */
    private BoardResult search(BoardQuery query, List<Query> fit, Placed placed, Set<String> hidden) {
        indices.ensureRoleIndex();
        List<Query> filters = new ArrayList<>(fit);
        filters.add(Query.of(f -> f.range(r -> r.field("deadline").gt(JsonData.of(Instant.now().toString())))));
        filters.addAll(filters(query));
        text(query).ifPresent(filters::add);
        SearchRequest.Builder request = new SearchRequest.Builder()
                .index(config.roleIndex())
                .query(HiddenOwners.excluding(PriorityPlacement.first(Query.of(root -> root.bool(b -> b.filter(filters))), "ownerId",
                        placed.priority()), "ownerId", hidden))
                .size(query.limit + 1)
                .trackTotalHits(t -> t.enabled(true))
                .sort(List.of(
                        SortOptions.of(s -> s.score(sc -> sc.order(SortOrder.Desc))),
                        SortOptions.of(s -> s.field(f -> f.field("updatedAt").order(SortOrder.Desc))),
                        SortOptions.of(s -> s.field(f -> f.field("id").order(SortOrder.Asc)))));
        if (query.cursor != null) {
            request.searchAfter(SearchCursor.decode(query.cursor));
        }
        SearchResponse<RoleDocument> response;
        try {
            response = openSearch.search(request.build(), RoleDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("role board search failed", e);
        }
        List<Hit<RoleDocument>> hits = response.hits().hits();
        boolean more = hits.size() > query.limit;
        List<Hit<RoleDocument>> page = more ? hits.subList(0, query.limit) : hits;
        String next = more ? SearchCursor.encode(page.get(page.size() - 1).sort()) : null;
        long total = response.hits().total() == null ? page.size() : response.hits().total().value();
        return new BoardResult(page.stream().map(h -> card(h.source(), placed)).toList(), total, next);
    }

    private static List<Query> filters(BoardQuery q) {
        List<Query> filters = new ArrayList<>();
        equalTo(filters, "country", q.country);
        equalTo(filters, "city", q.city);
        if (q.ageTo != null) {
            filters.add(Query.of(f -> f.range(r -> r.field("ageMin").lte(JsonData.of(q.ageTo)))));
        }
        if (q.ageFrom != null) {
            filters.add(Query.of(f -> f.range(r -> r.field("ageMax").gte(JsonData.of(q.ageFrom)))));
        }
        equalTo(filters, "paid", q.paid);
        if (q.payMin != null) {
            equalTo(filters, "payCurrency", q.currency);
            equalTo(filters, "payPeriod", q.payPeriod);
            filters.add(Query.of(f -> f.range(r -> r.field("payAmount").gte(JsonData.of(q.payMin)))));
        }
        anyOf(filters, "unionRequirement", q.union);
        anyOf(filters, "projectType", q.projectTypes);
        return filters;
    }

    private static BoardResult.RoleCard card(RoleDocument d, Placed placed) {
        return new BoardResult.RoleCard(d.id(), d.name(), d.projectTitle(), d.projectType(), d.city(), d.country(),
                d.ageMin(), d.ageMax(), d.genders(), d.paid(), d.payAmount(), d.payCurrency(), d.payPeriod(),
                d.unionRequirement(), d.deadline(), placed.featured(d.ownerId()));
    }
}
