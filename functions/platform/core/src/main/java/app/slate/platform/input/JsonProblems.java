package app.slate.platform.input;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Turns whatever Jackson refused into a problem that names the field by its JSON path and says what
 * was expected in words a client developer reads; never a Java type, never Jackson's own message.
 */
public final class JsonProblems {

    /** What a refusal names when it is about the body as a whole. */
    private static final String BODY = "body";

    private JsonProblems() {
    }

    public static Problem describe(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping) {
            if (mapping.getCause() instanceof JsonProcessingException cause && !(cause instanceof JsonMappingException)) {
                return describe(cause); // the parser's own refusal, wrapped on its way out: the parser knows the exact place
            }
            String field = pathOf(mapping);
            return invalid(field, expectation(mapping));
        }
        String field = e.getProcessor() instanceof JsonParser parser ? pathOf(parser.getParsingContext()) : BODY;
        if (e instanceof InputCoercionException coercion) {
            return invalid(field, "must be " + Expected.of(coercion.getTargetType()) + " " + Expected.rangeOf(coercion.getTargetType()));
        }
        if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
            return invalid(field, "appears more than once in its object");
        }
        if (e instanceof StreamConstraintsException) {
            return invalid(field, "nests or runs longer than any request needs");
        }
        JsonLocation location = e.getLocation();
        String where = location == null ? "" : " (line %d, column %d)".formatted(location.getLineNr(), location.getColumnNr());
        return Problem.of("malformed-json", "Malformed JSON", 400, "The request body is not valid JSON" + where + ".",
                List.of(new FieldError(field, "must be valid JSON")));
    }

    private static String expectation(JsonMappingException e) {
        if (e instanceof InputRefused refused) {
            return refused.expectation();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof InvalidNullException) {
            return "must not be null";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + Expected.of(mismatch.getTargetType());
        }
        return "is not valid here";
    }

    private static Problem invalid(String field, String message) {
        return ProblemException.invalid(field, message).problem();
    }

    /** {@code languages[0].proficiency}, as the client wrote it; {@code body} for the body as a whole. */
    static String pathOf(JsonMappingException e) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.isEmpty() ? BODY : field.toString();
    }

    /** Where the parser stood when it refused the body: the same path, from the parser's side. */
    static String pathOf(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                parts.push((at.getParent() == null || at.getParent().inRoot() ? "" : ".") + at.getCurrentName());
            } else if (at.inArray()) {
                parts.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        return parts.isEmpty() ? BODY : String.join("", parts);
    }
}
