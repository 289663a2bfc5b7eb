package app.slate.casting.flier;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;

@ConfigMapping(prefix = "slate.fliers")
public interface FlierConfig {

    /** The web app's origin (template: APP_URL); a flier's QR code opens the role's page there. */
    URI appUrl();

    /** How long the signed links to a flier's files work: long enough to download, post or print it. */
    @WithDefault("PT1H")
    Duration linksLast();
}
