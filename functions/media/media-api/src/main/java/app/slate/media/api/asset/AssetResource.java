package app.slate.media.api.asset;

import app.slate.media.MediaAsset;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/media/{id}")
@Tag(name = "Media")
public class AssetResource {

    private final CurrentCaller caller;

    public AssetResource(CurrentCaller caller) {
        this.caller = caller;
    }

    @Operation(summary = "One of your assets: its checks, status and, if rejected, why")
    @GET
    @Authenticated
    public Uni<AssetView> read(@PathParam("id") UUID id) {
        return Panache.withSession(() -> MediaAsset.byId(id)).map(asset -> {
            if (asset == null || !caller.get().mayReach(asset.ownerId)) {
                throw ProblemException.notFound("Media asset not found");
            }
            return AssetView.of(asset);
        });
    }
}
