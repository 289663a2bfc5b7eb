package app.slate.identity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "slate.identity")
public interface IdentityConfig {

    /** The RS256 private key (PKCS#8 PEM) that signs access tokens; from the signing-key secret. */
    String signingKey();

    /** Its {@code kid}: the JWKS ({@code mp.jwt.verify.publickey}) must hold its public half under this id. */
    String signingKeyId();

    String issuer();

    String audience();

    @WithDefault("PT15M")
    Duration accessTokenLifetime();

    @WithDefault("P30D")
    Duration refreshTokenLifetime();

    /** DynamoDB table of refresh-token families, keyed by {@code pk}, with TTL on {@code expiresAt}. */
    Optional<String> refreshTable();

    /** Below this age a talent account is run by a guardian ({@code Minors.ADULT_AGE}, which audits use, unless changed). */
    @WithDefault("18")
    int adultAge();

    @WithDefault("PT24H")
    Duration emailVerificationLifetime();

    @WithDefault("PT1H")
    Duration passwordResetLifetime();

    /** A national-ID verification lasts twelve months. */
    @WithDefault("P365D")
    Duration identityVerificationValidity();

    /** Renewal is due this long before the verification expires. */
    @WithDefault("P30D")
    Duration identityRenewalWindow();
}
