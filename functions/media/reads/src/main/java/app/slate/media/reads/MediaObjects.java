package app.slate.media.reads;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Every object an asset left in the media bucket: the upload, the checked original, the quarantined
 * file, and everything derived (thumbnail, HLS renditions, playlists and segments). Deleting them
 * is blocking (S3 calls); deleting what is already gone is fine, so it can be run again.
 */
@ApplicationScoped
public class MediaObjects {

    private final S3Client s3;
    private final String bucket;

    public MediaObjects(S3Client s3, @ConfigProperty(name = "slate.media.bucket") String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    /** The keys of every object the asset has, found by listing its folders, not by trusting the row. */
    public List<String> of(UUID assetId) {
        List<String> keys = new ArrayList<>();
        for (String prefix : List.of(MediaKeys.upload(assetId), MediaKeys.ORIGINALS + assetId + ".", MediaKeys.quarantine(assetId),
                MediaKeys.DERIVED + assetId + "/")) {
            s3.listObjectsV2Paginator(list -> list.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(S3Object::key).forEach(keys::add);
        }
        return keys;
    }

    /** Deletes them all; answers how many there were. */
    public int delete(UUID assetId) {
        List<String> keys = of(assetId);
        for (int from = 0; from < keys.size(); from += 1000) {
            List<ObjectIdentifier> batch = keys.subList(from, Math.min(keys.size(), from + 1000)).stream()
                    .map(key -> ObjectIdentifier.builder().key(key).build()).toList();
            s3.deleteObjects(delete -> delete.bucket(bucket).delete(Delete.builder().objects(batch).quiet(true).build()));
        }
        return keys.size();
    }
}
