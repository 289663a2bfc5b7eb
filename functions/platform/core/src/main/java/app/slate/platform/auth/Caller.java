package app.slate.platform.auth;

import java.util.Set;

/**
 * Who is calling: the token's subject and roles, already verified. {@code actorId} is the person
 * acting for the subject (a guardian for a minor, from the token's {@code act} claim), or null
 * when the subject acts for themselves.
 */
public record Caller(String userId, Set<String> roles, String actorId) {

    public Caller(String userId, Set<String> roles) {
        this(userId, roles, null);
    }

    /** Who really made the request: the guardian when one acts for a minor. */
    public String actingPerson() {
        return actorId == null ? userId : actorId;
    }

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
