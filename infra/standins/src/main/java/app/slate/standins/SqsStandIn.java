package app.slate.standins;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.nio.file.Path;
import java.util.Map;
import org.elasticmq.server.ElasticMQServer;
import org.elasticmq.server.config.ElasticMQServerConfig;
import scala.Function0;

/**
 * ElasticMQ speaking the SQS protocol, with redrive policies and visibility timeouts. Queues and
 * their messages are kept in an H2 database under the data folder, so that a message still
 * queued when the local cloud stops is there when it starts again.
 */
final class SqsStandIn implements AutoCloseable {

    private final Function0<?> stop;
    private final int port;

    private SqsStandIn(Function0<?> stop, int port) {
        this.stop = stop;
        this.port = port;
    }

    static SqsStandIn start(Path dataDir) {
        int port = Ports.free();
        Config config = ConfigFactory.parseMap(Map.of(
                        "node-address.host", "127.0.0.1",
                        "node-address.port", port,
                        "rest-sqs.bind-hostname", "127.0.0.1",
                        "rest-sqs.bind-port", port,
                        "aws.region", StandIns.REGION,
                        "aws.accountId", StandIns.ACCOUNT_ID,
                        "messages-storage.enabled", true,
                        "messages-storage.uri", "jdbc:h2:" + dataDir.resolve("messages").toAbsolutePath()))
                .withFallback(ConfigFactory.load());
        Function0<?> stop = new ElasticMQServer(new ElasticMQServerConfig(config)).start();
        return new SqsStandIn(stop, port);
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop.apply();
    }
}
