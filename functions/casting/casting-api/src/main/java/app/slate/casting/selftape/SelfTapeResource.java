package app.slate.casting.selftape;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/self-tapes")
@Tag(name = "Self-tapes", description = "The talent's answers to self-tape requests")
@RolesAllowed(Roles.TALENT)
public class SelfTapeResource {

    private final SelfTapeService selfTapes;
    private final SelfTapeSides sides;
    private final CurrentCaller caller;

    public SelfTapeResource(SelfTapeService selfTapes, SelfTapeSides sides, CurrentCaller caller) {
        this.selfTapes = selfTapes;
        this.sides = sides;
        this.caller = caller;
    }

    @Operation(summary = "The sides to read, as a PDF stamped with your name and today's date")
    @GET
    @Path("/{selfTapeId}/sides")
    @Produces("application/pdf")
    public Uni<Response> sides(@PathParam("selfTapeId") UUID selfTapeId) {
        return sides.forTalent(caller.get(), selfTapeId).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"sides.pdf\"")
                .header("Cache-Control", "private, no-store").build());
    }

    @Operation(summary = "Confirm you will send the self-tape")
    @POST
    @Path("/{selfTapeId}/confirm")
    public Uni<SelfTapeView> confirm(@PathParam("selfTapeId") UUID selfTapeId) {
        return selfTapes.confirm(caller.get(), selfTapeId);
    }

    @Operation(summary = "Decline the self-tape request")
    @POST
    @Path("/{selfTapeId}/decline")
    public Uni<SelfTapeView> decline(@PathParam("selfTapeId") UUID selfTapeId, @RequestBody(required = false) @Valid SelfTapeAnswer.Decline decline) {
        return selfTapes.decline(caller.get(), selfTapeId, decline == null ? null : decline.reason());
    }

    @Operation(summary = "Send the tape (a ready video you uploaded) before the deadline")
    @POST
    @Path("/{selfTapeId}/tape")
    public Uni<SelfTapeView> tape(@PathParam("selfTapeId") UUID selfTapeId, @NotNull @Valid SelfTapeAnswer.Tape tape) {
        return selfTapes.submitTape(caller.get(), selfTapeId, tape.mediaAssetId());
    }
}
