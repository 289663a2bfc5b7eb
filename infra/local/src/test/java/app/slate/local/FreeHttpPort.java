package app.slate.local;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * The local cloud's tests serve HTTP on a port the system has free, never a fixed one, so two
 * builds can run on one machine. Chosen here rather than with port 0 because the transcoder's
 * callback URL and RestAssured both need the number before the server starts.
 */
@QuarkusTestResource(value = FreeHttpPort.class, restrictToAnnotatedClass = false)
public class FreeHttpPort implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        try (ServerSocket socket = new ServerSocket(0)) {
            String port = Integer.toString(socket.getLocalPort());
            // The Lambda extension points RestAssured at its mock event server's port; here the functions'
            // routes are served by the HTTP server itself, so both name the same port.
            return Map.of("quarkus.http.test-port", port, "quarkus.lambda.mock-event-server.test-port", port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
    }
}
