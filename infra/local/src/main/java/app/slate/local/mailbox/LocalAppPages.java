package app.slate.local.mailbox;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The two web-app pages that account emails link to, so that a link opened from the local
 * mailbox works as it would in the app: each posts the fragment's token to identity's confirm
 * route. Local only (APP_URL points at the local cloud); not part of Slate's API.
 */
@Path("/")
@PermitAll
public class LocalAppPages {

    @Operation(hidden = true)
    @GET
    @Path("/verify-email")
    @Produces(MediaType.TEXT_HTML)
    public String verifyEmail() {
        return page("verify-email.html");
    }

    @Operation(hidden = true)
    @GET
    @Path("/reset-password")
    @Produces(MediaType.TEXT_HTML)
    public String resetPassword() {
        return page("reset-password.html");
    }

    private static String page(String name) {
        try (InputStream in = LocalAppPages.class.getResourceAsStream("/local-app/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
