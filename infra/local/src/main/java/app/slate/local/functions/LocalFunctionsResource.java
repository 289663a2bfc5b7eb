package app.slate.local.functions;

import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * In per-function mode, which functions have copies running and in which processes (what an
 * operator checks to see that a request really reached a function's own JVM), and the traces
 * their invocations left with the local X-Ray daemon: local only, not in the template.
 */
@Path("/local")
@PermitAll
public class LocalFunctionsResource {

    /** A function and the process ids of its running copies. */
    public record Running(String function, List<Long> processes) {
    }

    private final PerFunctionCloud cloud;

    public LocalFunctionsResource(PerFunctionCloud cloud) {
        this.cloud = cloud;
    }

    @Operation(hidden = true)
    @GET
    @Path("/functions")
    public List<Running> running() {
        perFunction();
        return cloud.all().values().stream()
                .map(f -> new Running(f.name(), f.running().stream().map(copy -> copy.process().pid()).toList()))
                .toList();
    }

    /**
     * One trace: each invocation's segment (what the Lambda service sends) and the AWS calls the
     * function made under it (what its X-Ray recorder sent), in the order they started. The
     * trace id is in every log line of those invocations ({@code mdc.traceId}), beside the
     * request's correlation id.
     */
    @Operation(hidden = true)
    @GET
    @Path("/traces/{traceId}")
    public List<JsonNode> trace(@PathParam("traceId") String traceId) {
        perFunction();
        List<JsonNode> trace = cloud.trace(traceId);
        if (trace.isEmpty()) {
            throw ProblemException.notFound("No trace " + traceId + " was recorded by this local cloud.");
        }
        return trace;
    }

    private void perFunction() {
        if (!cloud.enabled()) {
            throw ProblemException.notFound("Every function runs in the local cloud's own JVM; start it with --per-function to run each from its package.");
        }
    }
}
