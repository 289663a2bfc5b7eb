package app.slate.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Bedrock runtime at the HTTP boundary: InvokeModel for Titan embeddings and Converse, in their
 * wire formats, refusing any request not signed with SigV4 for the bedrock service. It can
 * throttle the next calls, to show the client's retries. Embeddings are a deterministic function
 * of the text; Converse answers what the test says.
 */
public final class BedrockFake implements AutoCloseable {

    public record Call(String path, JsonNode body) {
    }

    private final HttpServer server;
    private final ObjectMapper json = new ObjectMapper();
    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public final AtomicInteger throttleNext = new AtomicInteger();
    /** What Converse answers to a user message. */
    public volatile Function<String, String> converse = prompt -> "{}";

    public BedrockFake() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        JsonNode body = json.readTree(exchange.getRequestBody().readAllBytes());
        calls.add(new Call(path, body));
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("AWS4-HMAC-SHA256 ") || !authorization.contains("/bedrock/aws4_request")) {
            reply(exchange, 403, "{\"message\":\"Missing Authentication Token\"}", "AccessDeniedException");
        } else if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            reply(exchange, 429, "{\"message\":\"Too many requests, please wait before trying again.\"}", "ThrottlingException");
        } else if (path.endsWith("/invoke")) {
            int dimensions = body.path("dimensions").asInt(1024);
            StringBuilder vector = new StringBuilder();
            String text = body.path("inputText").asText();
            for (int i = 0; i < dimensions; i++) {
                vector.append(i == 0 ? "" : ",").append(((text.hashCode() >> (i % 16)) & 7) / 10.0 + 0.01);
            }
            reply(exchange, 200, "{\"embedding\":[" + vector + "],\"inputTextTokenCount\":" + text.split("\\s+").length + "}", null);
        } else if (path.endsWith("/converse")) {
            String prompt = body.path("messages").path(0).path("content").path(0).path("text").asText();
            String answer = json.writeValueAsString(converse.apply(prompt));
            reply(exchange, 200, "{\"output\":{\"message\":{\"role\":\"assistant\",\"content\":[{\"text\":" + answer + "}]}},"
                    + "\"stopReason\":\"end_turn\",\"usage\":{\"inputTokens\":812,\"outputTokens\":164,\"totalTokens\":976},"
                    + "\"metrics\":{\"latencyMs\":420}}", null);
        } else {
            reply(exchange, 404, "{\"message\":\"Unknown operation\"}", "UnknownOperationException");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body, String errorType) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-RequestId", java.util.UUID.randomUUID().toString());
        if (errorType != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
