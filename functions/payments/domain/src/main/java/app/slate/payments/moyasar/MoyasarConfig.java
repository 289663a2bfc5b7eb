package app.slate.payments.moyasar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "slate.moyasar")
public interface MoyasarConfig {

    /** Moyasar's API; the local cloud points it at its Moyasar stand-in. */
    String apiBase();

    /** The secret key (sk_...); without one, Moyasar checkouts are refused as not configured. */
    Optional<String> secretKey();

    /** Slow provider calls fail rather than hold a request: connect and read timeouts. */
    @WithDefault("PT3S")
    Duration connectTimeout();

    @WithDefault("PT15S")
    Duration readTimeout();
}
