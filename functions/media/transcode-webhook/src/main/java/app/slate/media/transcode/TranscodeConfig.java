package app.slate.media.transcode;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

@ConfigMapping(prefix = "slate.transcode")
public interface TranscodeConfig {

    Optional<List<String>> callbackSecrets();

    /** How far a signed timestamp may be from now, either way, before the callback counts as a replay. */
    @WithDefault("PT5M")
    Duration tolerance();
}
