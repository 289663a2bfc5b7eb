package app.slate.platform.input;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;

/**
 * How Slate reads a request body: a value is what its JSON type says it is, or it is refused by name.
 * No guessing (12345 is not a title, a date or {@code true}; 1.5 is not 1), no silent choice between two
 * values of one key, no null inside a list, no text with control characters, and no nesting deeper than
 * any Slate body needs.
 */
public final class InputPolicy {

    /** Slate's deepest body nests four levels; the margin keeps a hostile body from costing stack. */
    static final int MAX_NESTING = 32;
    /** Above every declared text limit, so the field's own limit speaks first with its name. */
    static final int MAX_STRING = 1_000_000;

    private InputPolicy() {
    }

    public static ObjectMapper apply(ObjectMapper mapper) {
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_NESTING).maxStringLength(MAX_STRING).build());
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY, true);
        mapper.setDefaultLeniency(false);
        mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        // No number or boolean stands in for text, a boolean, a date or an enum; no fraction or boolean for a whole number.
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        }
        for (LogicalType type : List.of(LogicalType.Textual, LogicalType.Boolean, LogicalType.DateTime, LogicalType.Enum,
                LogicalType.Integer)) {
            mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        mapper.registerModule(new SimpleModule("slate-input").addDeserializer(String.class, new TextDeserializer(false))
                .setDeserializerModifier(new TimeAsText()));
        return mapper;
    }
}
