package app.slate.platform.http.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What SmallRye JWT leaves to Slate once signature, issuer, audience, expiry and lifetime hold: a
 * token issued in the future is refused (its lifetime would start later than it claims), and so
 * is a token of an ended session or account ({@link RevokedSessions}).
 */
@ApplicationScoped
public class TokenChecks implements SecurityIdentityAugmentor {

    /** The clock difference allowed between the issuer and this function, as for {@code exp}. */
    static final long CLOCK_SKEW_SECONDS = 60;

    private final RevokedSessions revoked;

    public TokenChecks(RevokedSessions revoked) {
        this.revoked = revoked;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!(identity.getPrincipal() instanceof JsonWebToken token)) {
            return Uni.createFrom().item(identity);
        }
        if (issuedInTheFuture(token)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("The token says it was issued in the future."));
        }
        Boolean remembered = revoked.refusesFromMemory(token).orElse(null);
        if (remembered != null) {
            return remembered ? Uni.createFrom().failure(sessionEnded()) : Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (revoked.refuses(token)) {
                throw sessionEnded();
            }
            return identity;
        });
    }

    /** A token whose lifetime would start later than it claims; every door that takes access tokens refuses it. */
    public static boolean issuedInTheFuture(JsonWebToken token) {
        return token.getIssuedAtTime() > Instant.now().getEpochSecond() + CLOCK_SKEW_SECONDS;
    }

    private static AuthenticationFailedException sessionEnded() {
        return new AuthenticationFailedException("The session of this token has ended.");
    }
}
