package app.slate.platform.search;

import java.util.List;
import java.util.Set;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * Leaves out of a search the documents of accounts whose content is not shown (suspended or banned
 * by an admin): a filter on the owner field, applied at query time, so a reinstatement shows
 * everything again without reindexing.
 */
public final class HiddenOwners {

    private HiddenOwners() {
    }

    public static Query excluding(Query base, String ownerField, Set<String> hidden) {
        if (hidden.isEmpty()) {
            return base;
        }
        List<FieldValue> values = hidden.stream().sorted().map(FieldValue::of).toList();
        return Query.of(q -> q.bool(b -> b.must(base).mustNot(n -> n.terms(t -> t.field(ownerField).terms(v -> v.value(values))))));
    }
}
