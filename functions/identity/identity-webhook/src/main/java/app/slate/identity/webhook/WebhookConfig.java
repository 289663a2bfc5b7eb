package app.slate.identity.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "slate.webhooks")
public interface WebhookConfig {

    /** Svix endpoint secrets ({@code whsec_…}) of the Clerk webhook. */
    Optional<List<String>> clerkSecrets();

    /** Shared secrets of the Authentica (Nafath) callback. */
    Optional<List<String>> nafathSecrets();

    /** How far a signed timestamp may be from now, either way, before the delivery counts as a replay. */
    @WithDefault("PT5M")
    Duration tolerance();

    /** A national-ID verification lasts twelve months. */
    @WithDefault("P365D")
    Duration identityValidity();
}
