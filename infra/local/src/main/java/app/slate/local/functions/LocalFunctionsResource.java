package app.slate.local.functions;

import app.slate.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * In per-function mode, which functions have copies running and in which processes: what an
 * operator checks to see that a request really reached a function's own JVM (local only, not in
 * the template).
 */
@Path("/local/functions")
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
    public List<Running> running() {
        if (!cloud.enabled()) {
            throw ProblemException.notFound("Every function runs in the local cloud's own JVM; start it with --per-function to run each from its package.");
        }
        return cloud.all().values().stream()
                .map(f -> new Running(f.name(), f.running().stream().map(copy -> copy.process().pid()).toList()))
                .toList();
    }
}
