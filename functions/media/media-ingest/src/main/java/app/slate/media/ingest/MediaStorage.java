package app.slate.media.ingest;

import app.slate.media.MediaConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The media bucket as media-ingest uses it. Every upload is read exactly once, start to end. */
@ApplicationScoped
public class MediaStorage {

    private final S3Client s3;
    private final MediaConfig config;

    public MediaStorage(S3Client s3, MediaConfig config) {
        this.s3 = s3;
        this.config = config;
    }

    public String bucket() {
        return config.bucket();
    }

    /** The object copied to {@code file} in one pass, with its SHA-256 and the number of bytes read. */
    public record Download(long bytes, String sha256, byte[] head) {
    }

    public Download download(String key, Path file, int headBytes) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long bytes;
        try (InputStream in = new DigestInputStream(s3.getObject(get -> get.bucket(config.bucket()).key(key)), sha256);
             OutputStream out = Files.newOutputStream(file)) {
            bytes = in.transferTo(out);
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(headBytes);
        }
        return new Download(bytes, HexFormat.of().formatHex(sha256.digest()), head);
    }

    public void put(String key, String contentType, byte[] bytes) {
        s3.putObject(put -> put.bucket(config.bucket()).key(key).contentType(contentType)
                .cacheControl("private, max-age=31536000, immutable"), RequestBody.fromBytes(bytes));
    }

    public void put(String key, String contentType, Path file) {
        s3.putObject(put -> put.bucket(config.bucket()).key(key).contentType(contentType)
                .cacheControl("private, max-age=31536000, immutable"), RequestBody.fromFile(file));
    }

    /** Server-side: the bytes never pass through this function again. */
    public void copy(String fromKey, String toKey, String contentType) {
        s3.copyObject(copy -> copy.sourceBucket(config.bucket()).sourceKey(fromKey)
                .destinationBucket(config.bucket()).destinationKey(toKey)
                .contentType(contentType).metadataDirective("REPLACE"));
    }

    /** Deletes the upload; with its version id the data is gone for good, not just hidden by a marker. */
    public void delete(String key, String versionId) {
        s3.deleteObject(delete -> delete.bucket(config.bucket()).key(key).versionId(versionId));
    }
}
