package app.slate.matching.api;

import app.slate.matching.score.Factor;
import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{projectId}/match-weights")
@Tag(name = "Matching")
@RolesAllowed(Roles.CASTING)
public class MatchWeightsResource {

    private final CurrentCaller caller;
    private final ProjectWeights weights;

    public MatchWeightsResource(CurrentCaller caller, ProjectWeights weights) {
        this.caller = caller;
        this.weights = weights;
    }

    @Operation(summary = "The factor weights this project's suggestions are ranked with")
    @GET
    public Uni<Map<Factor, Double>> read(@PathParam("projectId") UUID projectId) {
        return weights.read(caller.get(), projectId).map(w -> w.weights());
    }

    @Operation(summary = "Set the project's factor weights (owner or editor); factors left out keep their default")
    @PUT
    public Uni<Map<Factor, Double>> replace(@PathParam("projectId") UUID projectId, @Valid @NotNull WeightsRequest request) {
        return weights.replace(caller.get(), projectId, request.weights()).map(w -> w.weights());
    }
}
