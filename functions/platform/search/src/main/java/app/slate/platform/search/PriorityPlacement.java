package app.slate.platform.search;

import java.util.List;
import java.util.Set;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.FunctionBoostMode;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The ranking boost a plan with priority placement buys, in the searches that rank people and
 * roles (talent search, the role board). Browsing without text, documents of priority accounts
 * score 1 and the others 0, and the searches sort on that score first: priority accounts come
 * first, each group in the search's usual order. Searching text, a priority account's relevance is
 * multiplied by {@value #TEXT_WEIGHT}: a clearly better match still wins. Filters are never relaxed:
 * placement changes the order of what matches, never what matches.
 */
public final class PriorityPlacement {

    public static final float TEXT_WEIGHT = 1.5f;

    private PriorityPlacement() {
    }

    /** Browsing: {@code base} (filters only) with a score of 1 for documents owned by a priority account. */
    public static Query first(Query base, String ownerField, Set<String> priority) {
        if (priority.isEmpty()) {
            return base;
        }
        return Query.of(q -> q.bool(b -> b.must(base).should(s -> s.constantScore(c -> c.filter(owners(ownerField, priority)).boost(1f)))));
    }

    /** Searching text: {@code base}'s relevance, multiplied for documents owned by a priority account. */
    public static Query weighted(Query base, String ownerField, Set<String> priority) {
        if (priority.isEmpty()) {
            return base;
        }
        return Query.of(q -> q.functionScore(f -> f.query(base).boostMode(FunctionBoostMode.Multiply)
                .functions(fn -> fn.filter(owners(ownerField, priority)).weight(TEXT_WEIGHT))));
    }

    /** The documents owned by one of {@code accounts}. */
    public static Query owners(String field, Set<String> accounts) {
        List<FieldValue> values = accounts.stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values))));
    }
}
