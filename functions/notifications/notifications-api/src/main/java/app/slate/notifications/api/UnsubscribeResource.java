package app.slate.notifications.api;

import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.Preferences.Choice;
import app.slate.notifications.preferences.UnsubscribeLinks;
import app.slate.notifications.preferences.UnsubscribeLinks.Unsubscribe;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * One-click unsubscribe (RFC 8058). A mail client POSTs {@code List-Unsubscribe=One-Click} to the
 * link of the {@code List-Unsubscribe} header; the signed token says whose category on which
 * channel to switch off, so no login is needed and no other person's can be touched. A GET (a
 * person opening the link, or a scanner fetching it) only shows a button: fetching must not
 * unsubscribe anyone.
 */
@Path("/notifications/unsubscribe")
@Tag(name = "Notification preferences")
@PermitAll
public class UnsubscribeResource {

    private final UnsubscribeLinks links;
    private final Preferences preferences;

    public UnsubscribeResource(UnsubscribeLinks links, Preferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    @Operation(summary = "One-click unsubscribe from an email's List-Unsubscribe link: switches that category off for that channel")
    @POST
    @Consumes(MediaType.WILDCARD)
    public Uni<Map<String, Object>> unsubscribe(@QueryParam("token") @NotNull @Size(max = 300) String token) {
        Unsubscribe what = read(token);
        return preferences.update(what.accountId(), null, null, null, List.of(new Choice(what.category(), what.channel(), false)))
                .map(settings -> Map.of("unsubscribed", true, "category", what.category(), "channel", what.channel()));
    }

    @Operation(summary = "The page an unsubscribe link opens: one button that unsubscribes")
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String page(@QueryParam("token") @NotNull @Size(max = 300) String token) {
        Unsubscribe what = read(token);
        return """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Unsubscribe · Slate</title></head>
                <body style="font-family:system-ui,sans-serif;max-width:520px;margin:48px auto">
                <h1>Stop these emails?</h1><p>Slate will stop emailing you about %s. You can switch them back on in your settings.</p>
                <form method="post" action="?token=%s"><button>Unsubscribe</button></form></body></html>
                """.formatted(what.category().name().toLowerCase().replace('_', ' '), URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    private Unsubscribe read(String token) {
        return links.read(token).orElseThrow(() -> ProblemException.invalid("token", "is not a valid unsubscribe link"));
    }
}
