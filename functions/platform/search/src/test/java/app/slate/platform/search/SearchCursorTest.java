package app.slate.platform.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.platform.problem.ProblemException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opensearch.client.opensearch._types.FieldValue;

class SearchCursorTest {

    @Test
    void cursor_roundTripsTheSortValues() {
        List<FieldValue> sortValues = List.of(FieldValue.of(95L), FieldValue.of("8f14e45f-ceea-467a-9575-4a1b0f3c2d11"));

        List<FieldValue> decoded = SearchCursor.decode(SearchCursor.encode(sortValues));

        assertThat(decoded).extracting(FieldValue::_get).containsExactly(95L, "8f14e45f-ceea-467a-9575-4a1b0f3c2d11");
    }

    @Test
    void forgedOrGarbledCursor_isAValidationProblemOnTheCursor() {
        for (String cursor : List.of("%%%", "e30", "W3RydWVd", "")) {
            assertThatThrownBy(() -> SearchCursor.decode(cursor))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field()).isEqualTo("cursor"));
        }
    }

    @Test
    void aScoreThenIdCursor_mustHaveThatShape() {
        String good = SearchCursor.encode(List.of(FieldValue.of(1.25), FieldValue.of("8f14e45f-ceea-467a-9575-4a1b0f3c2d11")));
        assertThat(SearchCursor.decodeScoreThenId(good)).hasSize(2);
        List<List<FieldValue>> wrong = List.of(
                List.of(FieldValue.of(1.0), FieldValue.of(85L), FieldValue.of("id")), // browsing's cursor before ranking folded completeness in
                List.of(FieldValue.of("id"), FieldValue.of("id")),
                List.of(FieldValue.of(1.0), FieldValue.of(2.0)));
        for (List<FieldValue> values : wrong) {
            assertThatThrownBy(() -> SearchCursor.decodeScoreThenId(SearchCursor.encode(values)))
                    .isInstanceOf(ProblemException.class)
                    .satisfies(e -> assertThat(((ProblemException) e).problem().errors().get(0).field()).isEqualTo("cursor"));
        }
    }
}
