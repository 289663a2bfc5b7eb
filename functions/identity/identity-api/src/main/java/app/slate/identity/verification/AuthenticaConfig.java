package app.slate.identity.verification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Authentica, which starts Nafath verifications (template.yaml: AuthenticaSecret). */
@ConfigMapping(prefix = "slate.authentica")
public interface AuthenticaConfig {

    /** Authentica's API in AWS; locally, the Authentica stand-in. */
    @WithDefault("https://api.authentica.sa")
    String apiBase();

    /** Slate's API key at Authentica ({@code X-Authorization}); without it, verification answers 503. */
    Optional<String> apiKey();

    @WithDefault("PT3S")
    Duration connectTimeout();

    @WithDefault("PT10S")
    Duration requestTimeout();
}
