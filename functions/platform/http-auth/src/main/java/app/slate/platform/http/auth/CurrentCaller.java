package app.slate.platform.http.auth;

import app.slate.platform.auth.Caller;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verified caller of the current request. SmallRye JWT has already checked the RS256
 * signature, issuer, audience and expiry before a token's claims are visible here.
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;
    private final CurrentIdentityAssociation identity;

    public CurrentCaller(JsonWebToken token, CurrentIdentityAssociation identity) {
        this.token = token;
        this.identity = identity;
    }

    /** For resources that require a role: authentication has already happened. */
    public Caller get() {
        if (token == null || token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        Set<String> groups = token.getGroups();
        return new Caller(token.getSubject(), groups == null ? Set.of() : Set.copyOf(groups), actor(token));
    }

    /**
     * For resources open to anyone that show more to some callers: resolves the token without
     * blocking; a token that is present but invalid is still refused.
     */
    public Uni<Optional<Caller>> optional() {
        return identity.getDeferredIdentity().map(CurrentCaller::toCaller);
    }

    private static Optional<Caller> toCaller(SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(jwt.getSubject(), Set.copyOf(identity.getRoles()), actor(jwt)));
    }

    /** RFC 8693 {@code act}: the guardian's id when a guardian's token acts for a minor. */
    private static String actor(JsonWebToken token) {
        Object act = token.getClaim("act");
        if (act instanceof JsonObject object && object.get("sub") instanceof JsonString sub) {
            return sub.getString();
        }
        return null;
    }
}
