package app.slate.media.api.upload;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.http.idempotency.IdempotentCreate;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/media/uploads")
@Tag(name = "Media", description = "Uploads straight to storage, their checks, and signed playback")
public class UploadResource {

    private final UploadService uploads;
    private final CurrentCaller caller;

    public UploadResource(UploadService uploads, CurrentCaller caller) {
        this.uploads = uploads;
        this.caller = caller;
    }

    @Operation(summary = "Get a signed URL to upload one file of a declared type and exact size")
    @IdempotentCreate
    @POST
    @RolesAllowed({Roles.TALENT, Roles.CASTING})
    @PerAccountLimit(name = "uploads", requests = 120, window = "PT1H")
    public Uni<Response> start(@NotNull @Valid UploadRequest request) {
        return uploads.start(caller.get(), request)
                .map(signed -> Response.created(URI.create("/media/" + signed.assetId())).entity(signed).build());
    }
}
