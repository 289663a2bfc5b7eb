package app.slate.standins;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * S3Proxy over a folder: it checks SigV4, so presigned URLs are verified for real; its store is
 * wrapped to send the S3 event notifications S3Proxy lacks.
 */
final class S3StandIn implements AutoCloseable {

    private final S3Proxy server;
    private final int port;
    private final NotifyingBlobStore store;

    private S3StandIn(S3Proxy server, int port, NotifyingBlobStore store) {
        this.server = server;
        this.port = port;
        this.store = store;
    }

    static S3StandIn start(Path dataDir) throws Exception {
        int port = Ports.free();
        NotifyingBlobStore store = new NotifyingBlobStore(new FilesystemNio2BlobStore(dataDir.toString()));
        S3Proxy server = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, StandIns.ACCESS_KEY, StandIns.SECRET_KEY)
                .build();
        server.start();
        while (!"STARTED".equals(server.getState())) {
            Thread.sleep(20);
        }
        return new S3StandIn(server, port, store);
    }

    /** Sends S3 event notifications for objects created in {@code bucket} under the prefix, with the suffix. */
    void notifyOn(SqsClient sqs, String bucket, String prefix, String suffix, String queueUrl) {
        store.notifyOn(sqs, new NotifyingBlobStore.Rule(bucket, prefix, suffix, queueUrl));
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
