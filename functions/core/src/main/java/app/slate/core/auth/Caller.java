package app.slate.core.auth;

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
     * Object-level authorization: whether this caller may see or change an object owned by
     * {@code ownerId}. Callers that may not are told the object does not exist, so ids cannot be probed.
     */
    public boolean mayReach(String ownerId) {
        return userId.equals(ownerId) || isAdmin();
    }
}
