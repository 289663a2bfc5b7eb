package app.slate.notifications.contacts;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** How one person is reached: their address, the name to greet them by, their language and time zone. */
public record Contact(UUID accountId, Optional<String> email, String displayName, String language, String timeZone) {

    /** Languages Slate writes in; anyone else reads English. */
    public static final List<String> LANGUAGES = List.of("en", "ar");

    /** Someone Slate has not heard about yet (their account event is still on its way): English, UTC. */
    public static Contact unknown(UUID accountId) {
        return new Contact(accountId, Optional.empty(), null, "en", "UTC");
    }
}
