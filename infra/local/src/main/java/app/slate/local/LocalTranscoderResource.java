package app.slate.local;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The local cloud's transcoding provider endpoint (not part of Slate's API, so not in the template). */
@Path("/local/transcoder/jobs")
@PermitAll
public class LocalTranscoderResource {

    private final LocalTranscoder transcoder;

    public LocalTranscoderResource(LocalTranscoder transcoder) {
        this.transcoder = transcoder;
    }

    @Operation(hidden = true)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(JsonNode job) {
        transcoder.submit(job);
        return Response.accepted().build();
    }
}
