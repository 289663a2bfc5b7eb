package app.slate.notifications.websocket;

import app.slate.notifications.realtime.Connections;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.apigatewaymanagementapi.model.GoneException;

/**
 * Frames to people's open apps over the WebSocket API: {@code {"type": ..., "data": ...}} to each
 * connection of each person, through the management API's PostToConnection. A connection that
 * answers 410 Gone is forgotten. A frame is news, not the record (the inbox and the API hold
 * that): one that cannot be sent is logged and dropped, never retried into a stale order.
 */
@ApplicationScoped
public class RealtimeChannel {

    private static final Logger LOG = Logger.getLogger(RealtimeChannel.class);

    private final RealtimeClients.Management management;
    private final Connections connections;
    private final ObjectMapper json;

    RealtimeChannel(RealtimeClients.Management management, Connections connections, ObjectMapper json) {
        this.management = management;
        this.connections = connections;
        this.json = json;
    }

    /** Sends {@code data} as a frame of {@code type} to every open connection of each of {@code people}; answers how many went. */
    public int push(Collection<UUID> people, String type, Object data) {
        if (management.client().isEmpty() || people.isEmpty()) {
            return 0;
        }
        SdkBytes frame = SdkBytes.fromByteArray(serialise(Map.of("type", type, "data", data)));
        int sent = 0;
        for (UUID person : people) {
            for (String connection : connections.of(person)) {
                try {
                    management.client().get().postToConnection(post -> post.connectionId(connection).data(frame));
                    sent++;
                } catch (GoneException gone) {
                    connections.disconnected(connection);
                } catch (SdkException failed) {
                    LOG.warnf("A %s frame to a connection failed: %s", type, failed.getMessage());
                }
            }
        }
        return sent;
    }

    private byte[] serialise(Object frame) {
        try {
            return json.writeValueAsBytes(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("frame is not serialisable", e);
        }
    }
}
