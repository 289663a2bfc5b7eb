package app.slate.platform.http.webhook;

import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
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
            throw new ConstraintViolationException(violations);
        }
        return delivery;
    }
}
