package app.slate.notifications.socket;

import app.slate.notifications.realtime.Connections;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2WebSocketResponse;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The WebSocket API's routes. {@code $connect} opens only with a valid access token (401 refuses
 * the upgrade) and remembers the connection for its account; {@code $disconnect} forgets it;
 * {@code ping} answers a pong frame (the route's response), which also keeps an idle connection
 * from API Gateway's ten-minute idle close. Frames to people go the other way, from the
 * notifications worker through the management API.
 */
@Named(SocketHandler.NAME)
@ApplicationScoped
public class SocketHandler implements RequestHandler<APIGatewayV2WebSocketEvent, APIGatewayV2WebSocketResponse> {

    public static final String NAME = "notifications-socket";

    private final SocketTokens tokens;
    private final Connections connections;

    public SocketHandler(SocketTokens tokens, Connections connections) {
        this.tokens = tokens;
        this.connections = connections;
    }

    @Override
    public APIGatewayV2WebSocketResponse handleRequest(APIGatewayV2WebSocketEvent event, Context context) {
        String connection = event.getRequestContext().getConnectionId();
        return switch (event.getRequestContext().getRouteKey()) {
            case "$connect" -> {
                Optional<UUID> account = tokens.account(event.getHeaders(), event.getQueryStringParameters());
                if (account.isEmpty()) {
                    yield answer(401, "{\"type\":\"error\",\"data\":{\"status\":401,\"detail\":\"A valid access token is needed.\"}}");
                }
                connections.connected(connection, account.get(), Instant.now());
                yield answer(200, null);
            }
            case "$disconnect" -> {
                connections.disconnected(connection);
                yield answer(200, null);
            }
            case "ping" -> answer(200, "{\"type\":\"pong\",\"data\":{\"at\":\"" + Instant.now() + "\"}}");
            default -> answer(400, "{\"type\":\"error\",\"data\":{\"status\":400,\"detail\":\"Unknown action.\"}}");
        };
    }

    private static APIGatewayV2WebSocketResponse answer(int status, String body) {
        APIGatewayV2WebSocketResponse response = new APIGatewayV2WebSocketResponse();
        response.setStatusCode(status);
        response.setBody(body);
        return response;
    }
}
