package app.slate.media.api.library;

import app.slate.media.MediaKind;
import app.slate.media.MediaStatus;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.problem.ProblemException;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Each person's own media, named by the token alone: nobody lists another's. */
@Path("/media")
@Tag(name = "Media")
@Authenticated
public class LibraryResource {

    private final MediaLibrary library;
    private final CurrentCaller caller;

    public LibraryResource(MediaLibrary library, CurrentCaller caller) {
        this.library = library;
        this.caller = caller;
    }

    @Operation(summary = "Your media, newest first, by kind and status, with your storage against your plan; page back with before")
    @GET
    public Uni<MediaLibrary.Library> mine(@QueryParam("kind") MediaKind kind, @QueryParam("status") MediaStatus status,
                                          @QueryParam("before") Instant before,
                                          @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (status == MediaStatus.DELETED) {
            throw ProblemException.invalid("status", "one of AWAITING_UPLOAD, PROCESSING, READY, REJECTED, FAILED (deleted media is gone)");
        }
        return library.of(caller.get(), kind, status, before, limit);
    }
}
