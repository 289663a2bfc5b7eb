package app.slate.payments.stripe;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "slate.stripe")
public interface StripeConfig {

    /** Stripe's API; the local cloud points it at its Stripe stand-in. */
    String apiBase();

    /** The secret key (sk_...); without one, Stripe checkouts are refused as not configured. */
    Optional<String> secretKey();

    /** Slow provider calls fail rather than hold a request: connect and read timeouts. */
    @WithDefault("PT3S")
    Duration connectTimeout();

    @WithDefault("PT10S")
    Duration readTimeout();
}
