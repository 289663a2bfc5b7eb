package app.slate.standins.moyasar;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** A refusal in Moyasar's shape: {@code {type, message, errors: {field: [reason]}}}. */
final class MoyasarError extends RuntimeException {

    final int status;
    final String type;
    final String field;
    final String reason;

    MoyasarError(int status, String type, String message, String field, String reason) {
        super(message);
        this.status = status;
        this.type = type;
        this.field = field;
        this.reason = reason;
    }

    static MoyasarError invalid(String field, String reason) {
        return new MoyasarError(400, "invalid_request_error", "Validation Failed", field, reason);
    }

    ObjectNode body() {
        ObjectNode body = new ObjectMapper().createObjectNode().put("type", type).put("message", getMessage());
        if (field != null) {
            body.putObject("errors").putArray(field).add(reason);
        }
        return body;
    }
}
