package app.slate.media;

import io.quarkus.arc.ClientProxy;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Builds the S3 presigner (every playback and upload URL) while the function initialises, so that
 * no request pays for it and SnapStart snapshots it built.
 */
@ApplicationScoped
class PresignerAtInit {

    void build(@Observes StartupEvent start, S3Presigner presigner) {
        ClientProxy.unwrap(presigner);
    }
}
