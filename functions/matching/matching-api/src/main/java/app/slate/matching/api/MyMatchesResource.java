package app.slate.matching.api;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me/matches")
@Tag(name = "Matching")
@RolesAllowed(Roles.TALENT)
public class MyMatchesResource {

    private final CurrentCaller caller;
    private final RolesForMe roles;

    public MyMatchesResource(CurrentCaller caller, RolesForMe roles) {
        this.caller = caller;
        this.roles = roles;
    }

    @Operation(summary = "Roles for me: open roles whose requirements your profile meets, ranked and explained from your side")
    @GET
    public Uni<MatchList<RoleMatch>> forMe(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit) {
        return roles.forTalent(caller.get(), limit);
    }
}
