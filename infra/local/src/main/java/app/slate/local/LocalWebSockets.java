package app.slate.local;

import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The WebSocket API on the local cloud's port, as API Gateway serves it: {@code ws://.../realtime}
 * opens a connection only if the function wired to {@code $connect} in template.yaml answers 2xx
 * (its status refuses the upgrade otherwise); a text frame's {@code action} picks the route (or
 * {@code $default}), and a route with a route response sends the function's answer back; a close
 * runs {@code $disconnect}. The management API is served under the same stage path, so the
 * notifications worker's SDK client posts to {@code /realtime/@connections/{id}} exactly as to
 * AWS: 410 Gone (with API Gateway's error type) when the connection is not open. Requests are
 * not SigV4-checked here.
 */
@ApplicationScoped
public class LocalWebSockets {

    static final String STAGE_PATH = "/realtime";
    private static final Logger LOG = Logger.getLogger(LocalWebSockets.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Route(String handler, boolean respond) {
    }

    private record Open(ServerWebSocket socket, Instant connectedAt, String sourceIp, String userAgent) {
    }

    private final LambdaInvoker invoker;
    private final ObjectMapper json;
    private final Vertx vertx;
    private final Map<String, Route> routes = new HashMap<>();
    private final Map<String, Open> open = new ConcurrentHashMap<>();

    public LocalWebSockets(LambdaInvoker invoker, ObjectMapper json, Vertx vertx,
                           @ConfigProperty(name = "slate.standins.state-file") Path stateFile) {
        this.invoker = invoker;
        this.json = json;
        this.vertx = vertx;
        StandInsState.read(stateFile).functions().forEach(function -> function.path("webSocketRoutes").forEach(route ->
                routes.put(route.path("routeKey").asText(), new Route(function.path("handler").asText(), route.path("respond").asBoolean()))));
    }

    void serve(@Observes Router router) {
        router.get(STAGE_PATH).handler(this::upgrade);
        router.post(STAGE_PATH + "/@connections/:id").handler(BodyHandler.create()).handler(this::post);
        router.delete(STAGE_PATH + "/@connections/:id").handler(this::close);
        router.get(STAGE_PATH + "/@connections/:id").handler(this::describe);
    }

    private void upgrade(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (!"websocket".equalsIgnoreCase(request.getHeader("Upgrade")) || !routes.containsKey("$connect")) {
            context.response().setStatusCode(426).end();
            return;
        }
        request.pause();
        String id = connectionId();
        String sourceIp = request.remoteAddress() == null ? "127.0.0.1" : request.remoteAddress().hostAddress();
        ObjectNode event = event("$connect", "CONNECT", id, sourceIp, request.getHeader("User-Agent"));
        ObjectNode headers = event.putObject("headers");
        request.headers().forEach(header -> headers.put(header.getKey(), header.getValue()));
        ObjectNode query = json.createObjectNode();
        request.params().forEach(param -> query.put(param.getKey(), param.getValue()));
        event.set("queryStringParameters", query.isEmpty() ? null : query);
        vertx.executeBlocking(() -> invoker.invoke(routes.get("$connect").handler(), event), false).onComplete(answered -> {
            int status = answered.succeeded() ? answered.result().path("statusCode").asInt(500) : 500;
            if (status / 100 != 2) {
                request.resume();
                context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                        .end(status == 500 ? "{\"message\":\"Internal server error\"}" : "{\"message\":\"Forbidden\"}");
                return;
            }
            request.toWebSocket().onSuccess(socket -> {
                open.put(id, new Open(socket, Instant.now(), sourceIp, request.getHeader("User-Agent")));
                socket.textMessageHandler(text -> receive(id, text));
                socket.closeHandler(closed -> disconnected(id, sourceIp));
            }).onFailure(failed -> LOG.warnf("WebSocket upgrade failed: %s", failed.getMessage()));
        });
    }

    /** API Gateway's route selection on {@code $request.body.action}, falling back to {@code $default}. */
    private void receive(String id, String text) {
        String action = "";
        try {
            action = json.readTree(text).path("action").asText("");
        } catch (java.io.IOException notJson) {
            // routed to $default, as API Gateway does
        }
        Route route = routes.getOrDefault(action, routes.get("$default"));
        Open connection = open.get(id);
        if (connection == null) {
            return;
        }
        if (route == null) {
            connection.socket().writeTextMessage("{\"message\": \"Forbidden\", \"connectionId\":\"" + id + "\"}");
            return;
        }
        String routeKey = routes.containsKey(action) ? action : "$default";
        ObjectNode event = event(routeKey, "MESSAGE", id, connection.sourceIp(), connection.userAgent());
        event.put("body", text).put("isBase64Encoded", false);
        vertx.executeBlocking(() -> invoker.invoke(route.handler(), event), false).onSuccess(answer -> {
            if (route.respond() && answer.hasNonNull("body")) {
                connection.socket().writeTextMessage(answer.path("body").asText());
            }
        }).onFailure(failed -> connection.socket().writeTextMessage("{\"message\": \"Internal server error\", \"connectionId\":\"" + id + "\"}"));
    }

    private void disconnected(String id, String sourceIp) {
        Open gone = open.remove(id);
        Route route = routes.get("$disconnect");
        if (route == null || gone == null) {
            return;
        }
        ObjectNode event = event("$disconnect", "DISCONNECT", id, sourceIp, gone.userAgent());
        vertx.executeBlocking(() -> invoker.invoke(route.handler(), event), false)
                .onFailure(failed -> LOG.warnf("$disconnect of %s failed: %s", id, failed.getMessage()));
    }

    private void post(RoutingContext context) {
        Open connection = open.get(context.pathParam("id"));
        if (connection == null) {
            gone(context);
            return;
        }
        connection.socket().writeTextMessage(context.body().asString("UTF-8") == null ? "" : context.body().asString("UTF-8"))
                .onComplete(written -> context.response().setStatusCode(written.succeeded() ? 200 : 410).end());
    }

    private void close(RoutingContext context) {
        Open connection = open.get(context.pathParam("id"));
        if (connection == null) {
            gone(context);
            return;
        }
        connection.socket().close();
        context.response().setStatusCode(204).end();
    }

    private void describe(RoutingContext context) {
        Open connection = open.get(context.pathParam("id"));
        if (connection == null) {
            gone(context);
            return;
        }
        ObjectNode described = json.createObjectNode().put("connectedAt", connection.connectedAt().toString())
                .put("lastActiveAt", Instant.now().toString());
        described.putObject("identity").put("sourceIp", connection.sourceIp()).put("userAgent", connection.userAgent());
        context.response().putHeader("Content-Type", "application/json").end(described.toString());
    }

    private static void gone(RoutingContext context) {
        context.response().setStatusCode(410).putHeader("x-amzn-ErrorType", "GoneException").putHeader("Content-Type", "application/json")
                .end("{\"message\":null}");
    }

    private ObjectNode event(String routeKey, String eventType, String id, String sourceIp, String userAgent) {
        ObjectNode event = json.createObjectNode();
        Instant now = Instant.now();
        ObjectNode context = event.putObject("requestContext");
        context.put("routeKey", routeKey).put("eventType", eventType).put("messageDirection", "IN").put("stage", "local")
                .put("connectionId", id).put("domainName", "localhost").put("apiId", "local").put("requestId", connectionId())
                .put("requestTimeEpoch", now.toEpochMilli());
        context.putObject("identity").put("sourceIp", sourceIp).put("userAgent", userAgent);
        return event;
    }

    /** Like API Gateway's: 12 random bytes, base64 (so ids end in '='). */
    private static String connectionId() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes).replace('/', '_').replace('+', '-').substring(0, 15) + "=";
    }
}
