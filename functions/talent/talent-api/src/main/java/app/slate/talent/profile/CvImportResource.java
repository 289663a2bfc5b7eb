package app.slate.talent.profile;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.outbox.OutboxWakeup;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import app.slate.talent.cv.CvAcceptance;
import app.slate.talent.cv.CvFormat;
import app.slate.talent.cv.CvImportView;
import app.slate.talent.cv.CvImports;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/talents/me/cv-imports")
@Tag(name = "Talent profiles", description = "A talent's own profile, public profiles, and talent search for casting")
@RolesAllowed(Roles.TALENT)
public class CvImportResource {

    private final CvImports imports;
    private final OutboxWakeup wakeup;
    private final CurrentCaller caller;

    public CvImportResource(CvImports imports, OutboxWakeup wakeup, CurrentCaller caller) {
        this.imports = imports;
        this.wakeup = wakeup;
        this.caller = caller;
    }

    @Operation(summary = "Read your acting CV into proposed profile fields",
            description = "Send the file as the body: application/pdf, a Word .docx, or text/plain for pasted text (at most 4 MB). "
                    + "Nothing changes in your profile until you accept proposals; the file itself is not kept, and the import is "
                    + "forgotten after 30 days.")
    @POST
    @PerAccountLimit(name = "cv-imports", requests = 20, window = "P1D")
    @Consumes({"application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/plain"})
    public Uni<Response> read(byte[] file, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType) {
        CvFormat format = CvFormat.of(contentType).orElseThrow(() -> new ProblemException(Problem.of("unsupported-media-type",
                "Unsupported Media Type", 415, "Send the CV as application/pdf, a .docx or text/plain.", List.of())));
        return imports.read(caller.get(), file == null ? new byte[0] : file, format)
                .map(view -> Response.created(URI.create("/talents/me/cv-imports/" + view.id())).entity(view).build());
    }

    @Operation(summary = "One of your CV imports: its proposals, which you accepted, and the lines it could not read")
    @GET
    @Path("/{id}")
    public Uni<CvImportView> get(@PathParam("id") UUID id) {
        return imports.get(caller.get(), id);
    }

    @Operation(summary = "Accept proposals of a CV import into your profile (each at most once; the rest stay proposed)")
    @POST
    @Path("/{id}/accept")
    public Uni<ProfileView> accept(@PathParam("id") UUID id, @NotNull @Valid CvAcceptance acceptance) {
        return imports.accept(caller.get(), id, acceptance).call(wakeup::afterCommit);
    }
}
