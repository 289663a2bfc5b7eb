package app.slate.standins;

import java.net.URI;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;

/** S3Proxy over a folder: it checks SigV4, so presigned URLs are verified for real. */
final class S3StandIn implements AutoCloseable {

    private final S3Proxy server;
    private final int port;

    private S3StandIn(S3Proxy server, int port) {
        this.server = server;
        this.port = port;
    }

    static S3StandIn start(Path dataDir) throws Exception {
        int port = Ports.free();
        S3Proxy server = S3Proxy.builder()
                .blobStore(new FilesystemNio2BlobStore(dataDir.toString()))
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, StandIns.ACCESS_KEY, StandIns.SECRET_KEY)
                .build();
        server.start();
        while (!"STARTED".equals(server.getState())) {
            Thread.sleep(20);
        }
        return new S3StandIn(server, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
