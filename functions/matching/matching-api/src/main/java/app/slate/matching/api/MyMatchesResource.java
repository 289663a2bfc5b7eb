package app.slate.matching.api;

import app.slate.platform.auth.Roles;
import app.slate.platform.http.auth.CurrentCaller;
import app.slate.platform.http.auth.PerAccountLimit;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import app.slate.trust.reads.ConsentReads;
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
    private final ConsentReads consents;

    public MyMatchesResource(CurrentCaller caller, RolesForMe roles, ConsentReads consents) {
        this.caller = caller;
        this.roles = roles;
        this.consents = consents;
    }

    @Operation(summary = "Roles for me: open roles whose requirements your profile meets, ranked and explained from your side")
    @GET
    @PerAccountLimit(name = "my-matches", requests = 30, window = "PT1M")
    public Uni<MatchList<RoleMatch>> forMe(@QueryParam("limit") @DefaultValue("20") @Min(1) @Max(50) int limit) {
        var talent = caller.get();
        return consents.given(talent.userId(), ConsentReads.AI_MATCHING).chain(given -> {
            if (!given) {
                return Uni.createFrom().failure(new ProblemException(Problem.of("ai-matching-off", "AI matching is off", 409,
                        "You withdrew your consent to AI matching; give it again (PUT /me/consents/AI_MATCHING) to see roles for you.",
                        java.util.List.of())));
            }
            return roles.forTalent(talent, limit);
        });
    }
}
