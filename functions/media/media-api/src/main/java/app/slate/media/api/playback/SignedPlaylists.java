package app.slate.media.api.playback;

import app.slate.media.MediaConfig;
import app.slate.media.SignedGets;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Signed GETs for stored objects, and HLS media playlists rewritten line by line so that each
 * segment (every line that is not a tag or blank) becomes a signed URL of the object beside the
 * playlist. In production CloudFront signed cookies would do this at the edge; locally and on
 * plain S3 a presigned GET per segment is the same contract. Blocking: call off the event loop.
 */
@ApplicationScoped
public class SignedPlaylists {

    private final S3Client s3;
    private final SignedGets gets;
    private final MediaConfig config;

    public SignedPlaylists(S3Client s3, SignedGets gets, MediaConfig config) {
        this.s3 = s3;
        this.gets = gets;
        this.config = config;
    }

    public String signedGet(String key) {
        return gets.of(key, ttl());
    }

    public String mediaPlaylist(String key) {
        String folder = key.substring(0, key.lastIndexOf('/') + 1);
        String playlist = s3.getObjectAsBytes(get -> get.bucket(config.bucket()).key(key)).asString(StandardCharsets.UTF_8);
        return playlist.lines()
                .map(line -> line.isBlank() || line.startsWith("#") ? line : signedGet(folder + line.strip()))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    public Duration ttl() {
        return config.playbackUrlTtl();
    }
}
