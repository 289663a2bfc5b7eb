package app.slate.local.mailbox;

import app.slate.standins.PushSubscriber;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * {@code POST /local/phones} with a person's access token: the local cloud plays a browser that
 * subscribes to push for them, through Slate's own route ({@code POST /notifications/push/subscriptions})
 * as a web app would, and the mailbox then shows that phone's pushes decrypted. Local only.
 */
@Path("/local/phones")
@PermitAll
public class LocalPhonesResource {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalPhones phones;

    public LocalPhonesResource(LocalPhones phones) {
        this.phones = phones;
    }

    @Operation(hidden = true)
    @POST
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    public Response subscribe(@HeaderParam("Authorization") String authorization, @Context UriInfo uri) throws IOException, InterruptedException {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return Response.status(401).build();
        }
        URI base = uri.getBaseUri();
        HttpResponse<String> me = HTTP.send(HttpRequest.newBuilder(base.resolve("/me")).header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString());
        if (me.statusCode() != 200) {
            return Response.status(me.statusCode()).build();
        }
        String owner = new com.fasterxml.jackson.databind.ObjectMapper().readTree(me.body()).path("email").asText();
        PushSubscriber phone = phones.subscribe(owner);
        String subscription = "{\"endpoint\":\"" + phone.endpoint() + "\",\"keys\":{\"p256dh\":\"" + phone.p256dh() + "\",\"auth\":\""
                + phone.auth() + "\"},\"label\":\"Local development phone\"}";
        HttpResponse<String> made = HTTP.send(HttpRequest.newBuilder(base.resolve("/notifications/push/subscriptions"))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(subscription)).build(), HttpResponse.BodyHandlers.ofString());
        return Response.status(made.statusCode()).entity(made.body()).build();
    }
}
