package app.slate.matching.api;

import app.slate.matching.index.MatchIndices;
import app.slate.matching.reindex.ReindexQueue;
import app.slate.platform.auth.Roles;
import app.slate.platform.blocking.OffLoop;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/admin/matching/reindex")
@Tag(name = "Matching")
@RolesAllowed(Roles.ADMIN)
public class ReindexResource {

    private final ReindexQueue queue;
    private final MatchIndices indices;

    public ReindexResource(ReindexQueue queue, MatchIndices indices) {
        this.queue = queue;
        this.indices = indices;
    }

    @Operation(summary = "Re-embed every published profile and listed role with the configured model (after a model change); runs on the matching queue")
    @POST
    public Uni<Response> reindex() {
        return OffLoop.run(queue::start).map(done -> Response.accepted(Map.of(
                "talentIndex", indices.talents(), "roleIndex", indices.roles())).build());
    }
}
