package app.slate.local.functions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * API Gateway's HTTP API in per-function mode: a request for a route of template.yaml becomes the
 * payload 2.0 event API Gateway would send (headers lower-cased and joined, cookies apart, query
 * and path parameters, the request context with the caller's address), goes to the function's
 * process, and its answer becomes the response. A route behind the JWT authorizer is refused
 * with 401 when the request carries no bearer token, before any function runs; the function
 * verifies the token itself, as deployed. Other paths (the stand-ins' /local endpoints, /realtime)
 * fall through to the local cloud.
 */
@ApplicationScoped
public class LocalApiGateway {

    private static final Logger LOG = Logger.getLogger(LocalApiGateway.class);
    private static final DateTimeFormatter REQUEST_TIME = DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH);
    private static final List<String> TEXT = List.of("application/json", "application/problem+json", "text/", "application/x-www-form-urlencoded",
            "application/xml", "application/yaml");

    private final PerFunctionCloud cloud;
    private final ObjectMapper json;

    public LocalApiGateway(PerFunctionCloud cloud, ObjectMapper json) {
        this.cloud = cloud;
        this.json = json;
    }

    void serve(@Observes Router router) {
        if (cloud.enabled()) {
            // Before every resource of the local cloud's own JVM: a template route never reaches them.
            router.route().order(Integer.MIN_VALUE + 100).handler(this::handle);
        }
    }

    private void handle(RoutingContext context) {
        HttpServerRequest request = context.request();
        var target = cloud.route(request.method().name(), request.path());
        if (target.isEmpty()) {
            context.next();
            return;
        }
        HttpServerResponse response = context.response();
        String authorization = request.getHeader("Authorization");
        if (target.get().route().authorized() && (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7))) {
            response.setStatusCode(401).putHeader("Content-Type", "application/json").end("{\"message\":\"Unauthorized\"}");
            return;
        }
        // Quarkus hands requests to routes paused: ask for the body, then let it flow.
        var body = request.body();
        request.resume();
        body.onSuccess(read -> Thread.ofVirtual().name("gateway").start(() -> {
            try {
                String event = json.writeValueAsString(event(request, target.get(), read));
                LambdaRuntimeApi.Outcome outcome = target.get().function().invoke(event);
                if (outcome.error()) {
                    LOG.warnf("%s %s: %s failed: %s", request.method(), request.path(), target.get().function().name(), outcome.body());
                    response.setStatusCode(500).putHeader("Content-Type", "application/json").end("{\"message\":\"Internal Server Error\"}");
                } else {
                    answer(response, json.readTree(outcome.body()));
                }
            } catch (Exception e) {
                LOG.warnf("%s %s: %s", request.method(), request.path(), e.getMessage());
                response.setStatusCode(503).putHeader("Content-Type", "application/json").end("{\"message\":\"Service Unavailable\"}");
            }
        })).onFailure(failed -> response.setStatusCode(400).end());
    }

    private ObjectNode event(HttpServerRequest request, PerFunctionCloud.Target target, Buffer body) {
        String routeKey = target.route().method() + " " + target.route().path();
        ObjectNode event = json.createObjectNode().put("version", "2.0").put("routeKey", routeKey).put("rawPath", request.path())
                .put("rawQueryString", request.query() == null ? "" : request.query());
        ArrayNode cookies = json.createArrayNode();
        ObjectNode headers = event.putObject("headers");
        for (Map.Entry<String, String> joined : joined(request.headers()).entrySet()) {
            if (joined.getKey().equals("cookie")) {
                for (String cookie : joined.getValue().split(";\\s*")) {
                    cookies.add(cookie);
                }
            } else {
                headers.put(joined.getKey(), joined.getValue());
            }
        }
        if (!cookies.isEmpty()) {
            event.set("cookies", cookies);
        }
        if (!request.params().isEmpty()) {
            // Repeated parameters joined with commas, as API Gateway joins them.
            ObjectNode query = event.putObject("queryStringParameters");
            request.params().names().forEach(name -> query.put(name, String.join(",", request.params().getAll(name))));
        }
        if (!target.pathParameters().isEmpty()) {
            ObjectNode parameters = event.putObject("pathParameters");
            target.pathParameters().forEach((name, value) -> parameters.put(name, URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        ObjectNode context = event.putObject("requestContext").put("accountId", "000000000000").put("apiId", "local")
                .put("domainName", request.authority() == null ? "localhost" : request.authority().host()).put("domainPrefix", "local")
                .put("requestId", UUID.randomUUID().toString()).put("routeKey", routeKey).put("stage", "$default")
                .put("time", REQUEST_TIME.format(now)).put("timeEpoch", now.toInstant().toEpochMilli());
        context.putObject("http").put("method", request.method().name()).put("path", request.path()).put("protocol", "HTTP/1.1")
                .put("sourceIp", request.remoteAddress() == null ? "127.0.0.1" : request.remoteAddress().hostAddress())
                .put("userAgent", request.getHeader("User-Agent") == null ? "" : request.getHeader("User-Agent"));
        if (body.length() > 0) {
            boolean text = isText(request.getHeader("Content-Type"));
            event.put("body", text ? body.toString(StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body.getBytes()));
            event.put("isBase64Encoded", !text);
        } else {
            event.put("isBase64Encoded", false);
        }
        return event;
    }

    /** Header names lower-cased, repeated headers joined with commas, as API Gateway passes them. */
    private static Map<String, String> joined(MultiMap headers) {
        Map<String, String> joined = new LinkedHashMap<>();
        headers.forEach(header -> joined.merge(header.getKey().toLowerCase(Locale.ROOT), header.getValue(),
                (first, next) -> first + (header.getKey().equalsIgnoreCase("cookie") ? "; " : ",") + next));
        return joined;
    }

    private static boolean isText(String contentType) {
        return contentType == null || TEXT.stream().anyMatch(type -> contentType.toLowerCase(Locale.ROOT).startsWith(type));
    }

    private static void answer(HttpServerResponse response, JsonNode answer) {
        response.setStatusCode(answer.path("statusCode").asInt(200));
        answer.path("headers").fields().forEachRemaining(header -> response.putHeader(header.getKey(), header.getValue().asText()));
        answer.path("multiValueHeaders").fields().forEachRemaining(header ->
                header.getValue().forEach(value -> response.headers().add(header.getKey(), value.asText())));
        answer.path("cookies").forEach(cookie -> response.headers().add("Set-Cookie", cookie.asText()));
        String body = answer.path("body").asText("");
        if (answer.path("isBase64Encoded").asBoolean()) {
            response.end(Buffer.buffer(Base64.getDecoder().decode(body)));
        } else {
            response.end(body);
        }
    }
}
