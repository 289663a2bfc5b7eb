package app.slate.platform.search;

import java.util.List;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.Query;

/**
 * The filter clauses the talent and role searches build alike, each skipped when the client
 * did not ask for it. Keywords are spelled as {@link app.slate.platform.text.Keywords} spells them.
 */
public final class SearchFilters {

    private SearchFilters() {
    }

    /** The field holds exactly this value. */
    public static void equalTo(List<Query> filters, String field, String value) {
        if (value != null) {
            filters.add(Query.of(f -> f.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }

    public static void equalTo(List<Query> filters, String field, Boolean value) {
        if (value != null) {
            filters.add(Query.of(f -> f.term(t -> t.field(field).value(FieldValue.of(value)))));
        }
    }

    /** The field holds at least one of these values. */
    public static void anyOf(List<Query> filters, String field, List<String> values) {
        if (values != null && !values.isEmpty()) {
            List<FieldValue> terms = values.stream().map(FieldValue::of).toList();
            filters.add(Query.of(f -> f.terms(t -> t.field(field).terms(v -> v.value(terms)))));
        }
    }

    /** The field holds every one of these values. */
    public static void allOf(List<Query> filters, String field, List<String> values) {
        if (values != null) {
            values.forEach(value -> equalTo(filters, field, value));
        }
    }
}
