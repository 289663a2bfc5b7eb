package app.slate.notifications.inbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "slate.inbox")
public interface InboxConfig {

    /** The DynamoDB table: {@code pk} recipient, {@code sk} item key, sparse index {@code unread}, TTL on {@code expiresAt}. */
    Optional<String> table();

    /** How long an item stays in an inbox, read or not. */
    @WithDefault("P90D")
    Duration retention();
}
