package app.slate.local;

import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Runs a scheduled function now, as if its schedule fired at {@code time} (default now): the
 * local cloud's stand-in for a test clock (not part of Slate's API, so not in the template).
 */
@Path("/local/schedules/{function}")
@PermitAll
public class LocalSchedulesResource {

    private final EventSources sources;

    public LocalSchedulesResource(EventSources sources) {
        this.sources = sources;
    }

    @Operation(hidden = true)
    @POST
    public JsonNode run(@PathParam("function") String function, @QueryParam("time") String time) {
        Instant at;
        try {
            at = time == null ? Instant.now() : Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("time", "must be an ISO-8601 instant, such as 2027-01-15T09:00:00Z");
        }
        return sources.runAt(function, at).orElseThrow(() -> ProblemException.notFound("No scheduled function " + function + " runs here."));
    }
}
