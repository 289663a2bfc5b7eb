package app.slate.platform.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Reads the shared OpenSearch node directly, so tests check what was really indexed. */
public final class OpenSearchProbe {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    private OpenSearchProbe() {
    }

    /** The stored document with its {@code _version}, if any. */
    public static Optional<JsonNode> document(String index, String id) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/" + index + "/_doc/" + id)).GET().build());
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        return Optional.of(read(response.body()));
    }

    /** The index's mapping, or empty when the index does not exist. */
    public static Optional<JsonNode> mapping(String index) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/" + index + "/_mapping")).GET().build());
        return response.statusCode() == 404 ? Optional.empty() : Optional.of(read(response.body()).path(index).path("mappings"));
    }

    public static void deleteIndex(String index) {
        send(HttpRequest.newBuilder(uri("/" + index)).DELETE().build());
    }

    private static URI uri(String path) {
        return URI.create(SharedStandIns.get().endpoint("opensearch") + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
