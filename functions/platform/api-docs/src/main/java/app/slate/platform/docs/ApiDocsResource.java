package app.slate.platform.docs;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * What the deployed API answers anyone, without a token: {@code GET /health}, which touches no
 * backing service (a load balancer or a status page may call it every few seconds; each function's
 * own failures show in its metrics and alarms, not here), and {@code GET /openapi}, the API
 * document, packaged from infra/openapi/slate-api.json (the local cloud's live document,
 * which ApiDocumentTest keeps equal to it).
 */
@Path("/")
@PermitAll
public class ApiDocsResource {

    private static final String DOCUMENT = "openapi/slate-api.json";

    private final byte[] document = read();

    @GET
    @Path("health")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> health() {
        return Map.of("status", "UP");
    }

    @GET
    @Path("openapi")
    @Produces(MediaType.APPLICATION_JSON)
    public Response openApi() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(document).cacheControl(cache).build();
    }

    private static byte[] read() {
        try (InputStream in = ApiDocsResource.class.getClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new NotFoundException("the API document is not packaged");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }
}
