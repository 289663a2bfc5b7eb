package app.slate.media;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Media settings shared by the media functions; the storage each account may hold comes from its plan. */
@ConfigMapping(prefix = "slate.media")
public interface MediaConfig {

    /** The media bucket (template: MEDIA_BUCKET). */
    String bucket();

    /** How long a signed upload URL works; S3 is told the exact type and length it must accept. */
    @WithDefault("PT5M")
    Duration uploadUrlTtl();

    /** How long signed playback and download URLs work. */
    @WithDefault("PT10M")
    Duration playbackUrlTtl();

    /** The largest file of each kind, in bytes: 25 MiB images, 2 GiB video, 200 MiB audio, 20 MiB documents. */
    @WithDefault("26214400")
    long imageMaxBytes();

    @WithDefault("2147483648")
    long videoMaxBytes();

    @WithDefault("209715200")
    long audioMaxBytes();

    @WithDefault("20971520")
    long documentMaxBytes();

    default long maxBytes(MediaKind kind) {
        return switch (kind) {
            case IMAGE -> imageMaxBytes();
            case VIDEO -> videoMaxBytes();
            case AUDIO -> audioMaxBytes();
            case DOCUMENT -> documentMaxBytes();
        };
    }
}
