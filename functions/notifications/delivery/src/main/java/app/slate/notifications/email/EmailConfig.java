package app.slate.notifications.email;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/** How Slate sends email: through Amazon SES v2, from a verified identity, under one configuration set. */
@ConfigMapping(prefix = "slate.email")
public interface EmailConfig {

    /** The sender, e.g. {@code Slate <no-reply@mail.slate.example>}: an identity verified in SES. */
    String from();

    /** The sender's bare address ({@code no-reply@mail.slate.example}), as a calendar invitation's organizer needs it. */
    default String fromAddress() {
        String from = from().strip();
        int open = from.lastIndexOf('<');
        return open >= 0 && from.endsWith(">") ? from.substring(open + 1, from.length() - 1).strip() : from;
    }

    /** The SES configuration set: it carries the event destination that reports bounces and complaints. */
    String configurationSet();

    /** Where a link in an email points: the web app's origin, e.g. {@code https://app.slate.example}. */
    URI appUrl();

    /** The API's origin, e.g. {@code https://api.slate.example}: one-click unsubscribe posts there, not to the web app. */
    URI apiUrl();

    /** A page of the web app, e.g. {@code link("/verify-email#token=...")}. */
    default String link(String pathAndMore) {
        return under(appUrl(), pathAndMore);
    }

    /** A route of the API, e.g. {@code apiLink("/notifications/unsubscribe?token=...")}. */
    default String apiLink(String pathAndMore) {
        return under(apiUrl(), pathAndMore);
    }

    private static String under(URI origin, String pathAndMore) {
        return origin.toString().replaceAll("/+$", "") + pathAndMore;
    }

    /** Only to reach an SES v2 endpoint other than AWS's (the local stand-in). */
    Optional<URI> endpoint();

    /** The region of the SES endpoint; the function's own region when absent. */
    Optional<String> region();

    /** Static keys for an endpoint that is not AWS; in AWS the function's role signs. */
    Optional<String> accessKeyId();

    Optional<String> secretAccessKey();
}
