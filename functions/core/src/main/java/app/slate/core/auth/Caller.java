package app.slate.core.auth;

import app.slate.core.problem.ProblemException;
import java.util.Set;

/** Who is calling: the token's subject and roles, already verified. */
public record Caller(String userId, Set<String> roles) {

    public boolean is(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return is(Roles.ADMIN);
    }

    /**
     * Object-level authorization: only the owner (or an admin) reaches an object. Anyone else is
     * told it does not exist, so that ids cannot be probed.
     */
    public void requireOwnerOf(String ownerId, String what) {
        if (!userId.equals(ownerId) && !isAdmin()) {
            throw ProblemException.notFound(what + " not found");
        }
    }
}
