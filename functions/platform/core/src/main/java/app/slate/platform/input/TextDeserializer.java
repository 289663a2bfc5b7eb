package app.slate.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/** Reads a JSON string and nothing else (never a number or boolean), holding it to the {@link Text} rule. */
final class TextDeserializer extends StdScalarDeserializer<String> implements ContextualDeserializer {

    private final boolean prose;

    TextDeserializer(boolean prose) {
        super(String.class);
        this.prose = prose;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        boolean proseField = property != null && property.getAnnotation(Prose.class) != null;
        return proseField == prose ? this : new TextDeserializer(proseField);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getText();
        String refusal = Text.refusal(text, prose).orElse(null);
        if (refusal != null) {
            throw new InputRefused(parser, refusal);
        }
        return text;
    }
}
