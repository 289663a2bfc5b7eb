package app.slate.platform.http.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "slate.sessions")
public interface SessionsConfig {

    /** The DynamoDB table of ended sessions and accounts, keyed by {@code pk}, with TTL on {@code expiresAt}. */
    String revokedTable();

    /** How long an instance trusts what it last read about a session: the delay before a revocation reaches it. */
    @WithDefault("PT5S")
    Duration cache();
}
