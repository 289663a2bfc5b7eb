package app.slate.scripts.api;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.outbox.OutboxWakeup;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/projects/{projectId}/scripts")
@Tag(name = "Scripts", description = "Screenplay analysis: characters, dialogue volume, scenes, drafted roles")
@RolesAllowed(Roles.CASTING)
public class ProjectScriptsResource {

    private final CurrentCaller caller;
    private final OutboxWakeup wakeup;
    private final ScriptService scripts;

    public ProjectScriptsResource(CurrentCaller caller, OutboxWakeup wakeup, ScriptService scripts) {
        this.caller = caller;
        this.wakeup = wakeup;
        this.scripts = scripts;
    }

    @Operation(summary = "Upload a screenplay (PDF, Final Draft FDX or Fountain) for analysis; poll the script until READY")
    @POST
    @Consumes({"application/pdf", "application/vnd.final-draft+xml", "application/xml", "text/xml", "text/plain", "text/x-fountain",
            "application/octet-stream", "*/*"})
    @PerAccountLimit(name = "script-uploads", requests = 30, window = "PT1H")
    public Uni<Response> upload(@PathParam("projectId") UUID projectId, @QueryParam("title") String title,
                                @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        return scripts.upload(caller.get(), projectId, title, contentType, body).call(wakeup::afterCommit)
                .map(view -> Response.accepted(view).location(URI.create("/scripts/" + view.id())).build());
    }
}
