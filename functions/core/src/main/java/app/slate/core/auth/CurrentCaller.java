package app.slate.core.auth;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The verified caller of the current request. SmallRye JWT has already checked the RS256
 * signature, issuer, audience and expiry before a token's claims are visible here.
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken token;

    public CurrentCaller(JsonWebToken token) {
        this.token = token;
    }

    public Caller get() {
        if (token == null || token.getSubject() == null) {
            throw new UnauthorizedException();
        }
        Set<String> groups = token.getGroups();
        return new Caller(token.getSubject(), groups == null ? Set.of() : Set.copyOf(groups));
    }

    public boolean isAnonymous() {
        return token == null || token.getSubject() == null;
    }
}
