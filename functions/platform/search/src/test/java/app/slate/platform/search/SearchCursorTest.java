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
}
