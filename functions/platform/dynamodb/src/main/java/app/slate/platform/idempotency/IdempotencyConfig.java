package app.slate.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "slate.idempotency")
public interface IdempotencyConfig {

    /** The DynamoDB table keyed by {@code pk}, with TTL on {@code expiresAt}. */
    Optional<String> table();

    /** How long a delivery may run before another delivery of the same event may take over. */
    @WithDefault("PT2M")
    Duration lease();

    /** How long a processed event is remembered; longer than any redelivery window. */
    @WithDefault("P7D")
    Duration retention();
}
