package app.slate.matching.api;

import app.slate.matching.source.MatchSources;
import app.slate.platform.auth.Caller;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** A role's matches are its casting team's business only: anyone else is told the role does not exist. */
@ApplicationScoped
class TeamRoles {

    private final MatchSources sources;

    TeamRoles(MatchSources sources) {
        this.sources = sources;
    }

    Uni<MatchSources.Role> require(Caller caller, UUID roleId) {
        return sources.role(roleId, caller).map(role -> {
            if (role == null || !role.callerOnTeam()) {
                throw ProblemException.notFound("Role not found");
            }
            return role;
        });
    }
}
