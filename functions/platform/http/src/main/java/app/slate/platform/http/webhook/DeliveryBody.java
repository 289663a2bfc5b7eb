package app.slate.platform.http.webhook;

import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * A provider's delivery, read only after its signature checked out (the signature covers the raw
 * body): malformed JSON is a 400 on "body", a constraint broken a 400 naming its field, as for
 * any validated request.
 */
public final class DeliveryBody {

    private DeliveryBody() {
    }

    public static <T> T parse(ObjectMapper json, Validator validator, String body, Class<T> type, String what) {
        T delivery;
        try {
            delivery = json.readValue(body, type);
        } catch (JsonProcessingException e) {
            throw ProblemException.invalid("body", "is not " + what + ": " + e.getOriginalMessage());
        }
        Set<ConstraintViolation<T>> violations = validator.validate(delivery);
        if (!violations.isEmpty()) {
            throw ProblemException.invalid(violations.stream()
                    .map(violation -> new FieldError(jsonName(type, violation.getPropertyPath().toString()), violation.getMessage()))
                    .sorted(java.util.Comparator.comparing(FieldError::field)).toList());
        }
        return delivery;
    }

    /** The field as the provider writes it: a field's {@code @JsonProperty} name when it has one (Authentica's PascalCase). */
    private static String jsonName(Class<?> type, String property) {
        try {
            // A record component's annotation lands on its field (JsonProperty does not target components).
            JsonProperty named = type.getDeclaredField(property).getAnnotation(JsonProperty.class);
            return named != null && !named.value().isEmpty() ? named.value() : property;
        } catch (NoSuchFieldException nested) {
            return property;
        }
    }
}
