package app.slate.identity.session;

import app.slate.identity.IdentityConfig;
import app.slate.identity.account.Account;
import app.slate.identity.keys.SigningKeys;
import app.slate.platform.http.auth.Session;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens: RS256 with {@code kid}, {@code iss}, {@code aud}, {@code exp}, {@code iat}, {@code jti},
 * roles and the login they belong to ({@code sid}, {@code sst}: see {@link Session}), which a logout,
 * a password change or a deletion ends.
 */
@ApplicationScoped
public class AccessTokens {

    private final SigningKeys keys;
    private final IdentityConfig config;

    public AccessTokens(SigningKeys keys, IdentityConfig config) {
        this.keys = keys;
        this.config = config;
    }

    public String issue(Account account, Session session) {
        return sign(withSession(claimsFor(account), session));
    }

    /**
     * A token for a minor's account used by their guardian: the subject is the minor, so every
     * ownership check applies to the minor's objects, and {@code act} (RFC 8693) names who acts.
     */
    public String issueActingFor(Account minor, Account guardian, Session guardianSession) {
        JwtClaimsBuilder claims = claimsFor(minor).claim("act", Map.of("sub", guardian.id.toString()));
        return sign(guardianSession == null ? claims : withSession(claims, guardianSession));
    }

    public long lifetimeSeconds() {
        return config.accessTokenLifetime().toSeconds();
    }

    private static JwtClaimsBuilder withSession(JwtClaimsBuilder claims, Session session) {
        return claims.claim(Session.ID_CLAIM, session.id()).claim(Session.STARTED_CLAIM, session.startedAtMillis());
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
