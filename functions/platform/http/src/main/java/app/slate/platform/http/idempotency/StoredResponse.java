package app.slate.platform.http.idempotency;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The first answer to an idempotent request, as kept for replays. */
record StoredResponse(int status, String body, String location) {

    Response replay() {
        Response.ResponseBuilder answer = Response.status(status).header(IdempotentCreate.REPLAYED, "true");
        if (body != null) {
            answer.entity(body).type(MediaType.APPLICATION_JSON_TYPE);
        }
        if (location != null) {
            answer.header("Location", location);
        }
        return answer.build();
    }
}
