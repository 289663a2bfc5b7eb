package app.slate.platform.ratelimit;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "slate.rate-limits")
public interface RateLimitConfig {

    /** The DynamoDB table of counters, keyed by {@code pk}, with TTL on {@code expiresAt}. */
    Optional<String> table();
}
