package app.slate.platform.http.auth;

import app.slate.platform.auth.Caller;
import app.slate.platform.logging.Correlation;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.MDC;

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
        // The account id only: the lines this request logs from here on say whose it was.
        MDC.put(Correlation.CALLER, token.getSubject());
        return new Caller(token.getSubject(), groups == null ? Set.of() : Set.copyOf(groups), actorOf(token).orElse(null));
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
        return Optional.of(new Caller(jwt.getSubject(), Set.copyOf(identity.getRoles()), actorOf(jwt).orElse(null)));
    }

    /** The login the current token belongs to, if it came from one. */
    public Optional<Session> session() {
        return token == null ? Optional.empty() : sessionOf(token);
    }

    static Optional<Session> sessionOf(JsonWebToken token) {
        // Custom claims arrive as JSON-P values or as plain Java ones, depending on how the token was parsed.
        Object id = token.getClaim(Session.ID_CLAIM);
        Object started = token.getClaim(Session.STARTED_CLAIM);
        String sid = id instanceof JsonString text ? text.getString() : id instanceof String text ? text : null;
        Long sst = started instanceof JsonNumber number ? Long.valueOf(number.longValue())
                : started instanceof Number number ? Long.valueOf(number.longValue()) : null;
        return sid == null || sst == null ? Optional.empty() : Optional.of(new Session(sid, sst));
    }

    /** RFC 8693 {@code act}: the guardian's id when a guardian's token acts for a minor. */
    static Optional<String> actorOf(JsonWebToken token) {
        Object act = token.getClaim("act");
        if (act instanceof JsonObject object && object.get("sub") instanceof JsonString sub) {
            return Optional.of(sub.getString());
        }
        return Optional.empty();
    }
}
