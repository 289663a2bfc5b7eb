package app.slate.messaging.api;

import app.slate.platform.ratelimit.RateLimiter.Limit;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How much one account may send: plenty for a real exchange, too little to spam talent with.
 * A message to a whole shortlist counts once against its own, smaller allowance.
 */
@ConfigMapping(prefix = "slate.messaging.limits")
public interface MessagingLimits {

    @WithDefault("60")
    int messagesPerMinute();

    @WithDefault("10")
    int shortlistMessagesPerHour();

    default Limit messages() {
        return new Limit("messages", messagesPerMinute(), Duration.ofMinutes(1));
    }

    default Limit shortlistMessages() {
        return new Limit("shortlist-messages", shortlistMessagesPerHour(), Duration.ofHours(1));
    }
}
