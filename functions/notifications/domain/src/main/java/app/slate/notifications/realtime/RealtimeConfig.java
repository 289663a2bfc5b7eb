package app.slate.notifications.realtime;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

/** The WebSocket API (template.yaml: RealtimeApi) and the table of its open connections. */
@ConfigMapping(prefix = "slate.realtime")
public interface RealtimeConfig {

    /** DynamoDB: {@code pk} connection id, {@code accountId} (index {@code account}), TTL on {@code expiresAt}. */
    Optional<String> connectionsTable();

    /** The management API of the stage (https://{api}.execute-api.{region}.amazonaws.com/{stage}); frames go nowhere without it. */
    Optional<URI> endpoint();

    /** The region of the endpoint; the function's own when absent. */
    Optional<String> region();

    /** Only where the endpoint is not AWS's (the local cloud); in AWS the function's role signs. */
    Optional<String> accessKeyId();

    Optional<String> secretAccessKey();

    /**
     * How long a connection is remembered: API Gateway closes every WebSocket after two hours, and
     * a closed one that missed its $disconnect is dropped at the first frame that finds it gone.
     */
    @WithDefault("PT2H5M")
    Duration connectionLifetime();
}
