package app.slate.media.api.asset;

import app.slate.media.MediaAsset;
import app.slate.media.api.library.MediaLibrary;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/media/{id}")
@Tag(name = "Media")
public class AssetResource {

    private final CurrentCaller caller;
    private final MediaLibrary library;

    public AssetResource(CurrentCaller caller, MediaLibrary library) {
        this.caller = caller;
        this.library = library;
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

    @Operation(summary = "Delete one of your assets and everything made from it, freeing its storage at once;"
            + " refused (409 media-in-use, naming each use) while a live submission or your portfolio shows it")
    @DELETE
    @Authenticated
    public Uni<Response> delete(@PathParam("id") UUID id) {
        return library.delete(caller.get(), id).map(ignored -> Response.noContent().build());
    }
}
