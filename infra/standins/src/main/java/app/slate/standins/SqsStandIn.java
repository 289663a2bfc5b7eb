package app.slate.standins;

import org.elasticmq.NodeAddress;
import org.elasticmq.rest.sqs.SQSRestServer;
import org.elasticmq.rest.sqs.SQSRestServerBuilder;

/** ElasticMQ speaking the SQS protocol, with redrive policies and visibility timeouts. */
final class SqsStandIn implements AutoCloseable {

    private final SQSRestServer server;
    private final int port;

    private SqsStandIn(SQSRestServer server, int port) {
        this.server = server;
        this.port = port;
    }

    static SqsStandIn start() {
        int port = Ports.free();
        SQSRestServer server = SQSRestServerBuilder
                .withPort(port)
                .withInterface("127.0.0.1")
                .withServerAddress(new NodeAddress("http", "127.0.0.1", port, ""))
                .withAWSRegion(StandIns.REGION)
                .withAWSAccountId(StandIns.ACCOUNT_ID)
                .start();
        server.waitUntilStarted();
        return new SqsStandIn(server, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.stopAndWait();
    }
}
