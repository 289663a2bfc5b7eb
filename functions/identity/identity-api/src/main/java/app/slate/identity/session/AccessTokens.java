package app.slate.identity.session;

import app.slate.identity.IdentityConfig;
import app.slate.identity.account.Account;
import app.slate.identity.keys.SigningKeys;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** Signs access tokens: RS256 with {@code kid}, {@code iss}, {@code aud}, {@code exp}, {@code iat}, {@code jti} and roles. */
@ApplicationScoped
public class AccessTokens {

    private final SigningKeys keys;
    private final IdentityConfig config;

    public AccessTokens(SigningKeys keys, IdentityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public String issue(Account account) {
        return sign(claimsFor(account));
    }

    /**
     * A token for a minor's account used by their guardian: the subject is the minor, so every
     * ownership check applies to the minor's objects, and {@code act} (RFC 8693) names who acts.
     */
    public String issueActingFor(Account minor, Account guardian) {
        return sign(claimsFor(minor).claim("act", Map.of("sub", guardian.id.toString())));
    }

    public long lifetimeSeconds() {
        return config.accessTokenLifetime().toSeconds();
    }

    private JwtClaimsBuilder claimsFor(Account account) {
        Instant now = Instant.now();
        String subject = account.id.toString();
        return Jwt.issuer(config.issuer()).audience(config.audience())
                .subject(subject).upn(subject)
                .groups(account.roleSet())
                .issuedAt(now).expiresAt(now.plus(config.accessTokenLifetime()))
                .claim("jti", UUID.randomUUID().toString());
    }

    private String sign(JwtClaimsBuilder claims) {
        return claims.jws().algorithm(SignatureAlgorithm.RS256).keyId(keys.keyId()).sign(keys.signingKey());
    }
}
