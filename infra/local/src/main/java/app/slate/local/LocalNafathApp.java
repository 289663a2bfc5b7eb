package app.slate.local;

import app.slate.identity.verification.AuthenticaConfig;
import app.slate.platform.problem.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The person's Nafath app, on the local cloud's port: the open requests for a national ID with the
 * three numbers to choose from, and choosing one (the Authentica stand-in then posts its webhook).
 * Not part of Slate's API, so not in the template.
 */
@Path("/local/nafath")
@PermitAll
public class LocalNafathApp {

    private final AuthenticaConfig authentica;
    private final HttpClient http = HttpClient.newHttpClient();

    public LocalNafathApp(AuthenticaConfig authentica) {
        this.authentica = authentica;
    }

    @Operation(hidden = true)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response requests(@QueryParam("nationalId") String nationalId) {
        if (nationalId == null || !nationalId.matches("[12][0-9]{9}")) {
            throw ProblemException.invalid("nationalId", "must be the 10-digit national ID the verification was started with");
        }
        return forward(HttpRequest.newBuilder(URI.create(authentica.apiBase() + "/nafath/requests?national_id="
                + URLEncoder.encode(nationalId, StandardCharsets.UTF_8))).GET());
    }

    @Operation(hidden = true)
    @POST
    @Path("/{transactionId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response choose(@PathParam("transactionId") String transactionId, String body) {
        if (!transactionId.matches("[0-9a-f-]{36}")) {
            throw ProblemException.invalid("transactionId", "must be the transaction of an open Nafath request");
        }
        return forward(HttpRequest.newBuilder(URI.create(authentica.apiBase() + "/nafath/requests/" + transactionId))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body == null ? "{}" : body)));
    }

    private Response forward(HttpRequest.Builder request) {
        try {
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return Response.status(answer.statusCode()).entity(answer.body()).type(MediaType.APPLICATION_JSON).build();
        } catch (IOException e) {
            throw new IllegalStateException("the Authentica stand-in did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
