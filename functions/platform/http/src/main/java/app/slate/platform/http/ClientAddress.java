package app.slate.platform.http;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The caller's IP for rate limits. Under Lambda it is API Gateway's {@code sourceIp} (Quarkus
 * puts it in the request's remote address); {@code X-Forwarded-For} is never trusted, since
 * any client can write it.
 */
@ApplicationScoped
public class ClientAddress {

    private final CurrentVertxRequest request;

    public ClientAddress(CurrentVertxRequest request) {
        this.request = request;
    }

    public String current() {
        var remote = request.getCurrent().request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
