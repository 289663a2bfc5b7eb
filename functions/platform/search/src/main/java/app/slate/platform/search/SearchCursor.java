package app.slate.platform.search;

import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.opensearch.client.opensearch._types.FieldValue;

/** An opaque page cursor: the sort values of the last hit, for OpenSearch's search_after. */
public final class SearchCursor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchCursor() {
    }

    public static String encode(List<FieldValue> sortValues) {
        ArrayNode array = JSON.createArrayNode();
        for (FieldValue value : sortValues) {
            switch (value._kind()) {
                case String -> array.add(value.stringValue());
                case Long -> array.add(value.longValue());
                case Double -> array.add(value.doubleValue());
                case Boolean -> array.add(value.booleanValue());
                default -> array.addNull();
            }
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(array.toString().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * A cursor of a search sorted by score, then by a keyword id: anything else (an older cursor's
     * shape, a hand-made one) is a 400 here rather than a refused search_after at OpenSearch.
     */
    public static List<FieldValue> decodeScoreThenId(String cursor) {
        List<FieldValue> values = decode(cursor);
        if (values.size() != 2 || values.get(0).isString() || !values.get(1).isString()) {
            throw notACursor();
        }
        return values;
    }

    public static List<FieldValue> decode(String cursor) {
        try {
            JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(cursor));
            if (!array.isArray() || array.isEmpty()) {
                throw new IllegalArgumentException("not a cursor");
            }
            List<FieldValue> values = new ArrayList<>();
            for (JsonNode value : array) {
                if (value.isTextual()) {
                    values.add(FieldValue.of(value.asText()));
                } else if (value.isIntegralNumber()) {
                    values.add(FieldValue.of(value.asLong()));
                } else if (value.isNumber()) {
                    values.add(FieldValue.of(value.asDouble()));
                } else {
                    throw new IllegalArgumentException("not a cursor");
                }
            }
            return values;
        } catch (Exception e) {
            throw notACursor();
        }
    }

    private static ProblemException notACursor() {
        return ProblemException.invalid("cursor", "is not a cursor from a previous page");
    }
}
