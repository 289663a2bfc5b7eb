package app.slate.standins;

import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import java.nio.file.Path;

/** DynamoDB Local with conditional writes and TTL attributes, its tables kept in one shared file. */
final class DynamoStandIn implements AutoCloseable {

    private final DynamoDBProxyServer server;
    private final int port;

    private DynamoStandIn(DynamoDBProxyServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static DynamoStandIn start(Path dataDir) throws Exception {
        int port = Ports.free();
        DynamoDBProxyServer server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                "-dbPath", dataDir.toString(), "-sharedDb", "-port", String.valueOf(port)});
        server.start();
        return new DynamoStandIn(server, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
