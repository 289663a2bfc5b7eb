package app.slate.matching.api;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/roles/{roleId}/matches")
@Tag(name = "Matching")
@RolesAllowed(Roles.CASTING)
public class RoleMatchesResource {

    private final CurrentCaller caller;
    private final SuggestedTalent suggested;
    private final MatchFeedback feedback;

    public RoleMatchesResource(CurrentCaller caller, SuggestedTalent suggested, MatchFeedback feedback) {
        this.caller = caller;
        this.suggested = suggested;
        this.feedback = feedback;
    }

    @Operation(summary = "Suggested talent for a role: hard requirements met, ranked by nine explained factors (the role's team only)")
    @GET
    @PerAccountLimit(name = "role-matches", requests = 30, window = "PT1M")
    public Uni<MatchList<TalentMatch>> suggested(@PathParam("roleId") UUID roleId,
                                                 @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit) {
        return suggested.forRole(caller.get(), roleId, limit);
    }

    @Operation(summary = "Record the team's decision on a suggested talent (shortlist or decline); declined talent are not suggested again")
    @POST
    @Path("/{profileId}/feedback")
    public Uni<FeedbackView> decide(@PathParam("roleId") UUID roleId, @PathParam("profileId") UUID profileId,
                                    @Valid @NotNull FeedbackRequest request) {
        return feedback.record(caller.get(), roleId, profileId, request);
    }
}
