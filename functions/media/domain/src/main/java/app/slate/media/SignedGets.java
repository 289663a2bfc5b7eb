package app.slate.media;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/** Presigned GETs of objects in the media bucket: for players, viewers and the transcoder. */
@ApplicationScoped
public class SignedGets {

    private final S3Presigner presigner;
    private final MediaConfig config;

    public SignedGets(S3Presigner presigner, MediaConfig config) {
        this.presigner = presigner;
        this.config = config;
    }

    public String of(String key, Duration ttl) {
        return presigner.presignGetObject(p -> p.signatureDuration(ttl)
                .getObjectRequest(get -> get.bucket(config.bucket()).key(key))).url().toString();
    }
}
