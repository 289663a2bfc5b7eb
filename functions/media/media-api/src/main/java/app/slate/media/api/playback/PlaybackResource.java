package app.slate.media.api.playback;

import app.slate.platform.http.auth.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/media/{id}/playback")
@Tag(name = "Media")
public class PlaybackResource {

    private final PlaybackService playback;
    private final CurrentCaller caller;

    public PlaybackResource(PlaybackService playback, CurrentCaller caller) {
        this.playback = playback;
        this.caller = caller;
    }

    @Operation(summary = "Short-lived signed URLs to play or view an asset you may see (public portfolio items need no token)")
    @GET
    @PermitAll
    public Uni<PlaybackView> play(@PathParam("id") UUID id) {
        return caller.optional().chain(viewer -> playback.play(id, viewer));
    }
}
