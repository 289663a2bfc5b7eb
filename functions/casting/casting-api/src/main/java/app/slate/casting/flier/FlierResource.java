package app.slate.casting.flier;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/roles/{roleId}/fliers")
@Tag(name = "Roles")
public class FlierResource {

    private final Fliers fliers;
    private final CurrentCaller caller;

    public FlierResource(Fliers fliers, CurrentCaller caller) {
        this.fliers = fliers;
        this.caller = caller;
    }

    @Operation(summary = "A shareable flier of an open public role (owner or editor): a square post, a story and a one-page PDF",
            description = "Written in the project's locale (Arabic right to left), with the role's title, the project (\"Untitled\" "
                    + "when confidential), its requirements, pay and deadline, and a QR code of the role's page. Each file is behind "
                    + "a signed link until `expiresAt`; asking again for an unchanged role gives the same files. 409 `role-not-public` "
                    + "for a draft, closed or invite-only role; 422 `flier-unprintable`, naming the fields, when the role is written partly in "
                    + "letters the flier's font lacks (Han, Devanagari, Thai...). Emoji are left out.")
    @POST
    @RolesAllowed(Roles.CASTING)
    @PerAccountLimit(name = "fliers", requests = 30, window = "PT1H")
    public Uni<FlierLinks> make(@PathParam("roleId") UUID roleId) {
        return fliers.make(caller.get(), roleId);
    }
}
