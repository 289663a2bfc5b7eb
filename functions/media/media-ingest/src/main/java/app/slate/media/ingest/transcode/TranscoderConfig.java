package app.slate.media.ingest.transcode;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

@ConfigMapping(prefix = "slate.transcoder")
public interface TranscoderConfig {

    /** The provider's job endpoint; without it video stays processing and the log says why. */
    Optional<String> url();

    Optional<String> apiKey();

    /** Our POST /webhooks/transcode, as the provider must call it. */
    Optional<String> callbackUrl();
}
