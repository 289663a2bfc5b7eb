package app.slate.notifications.contacts;

import app.slate.notifications.preferences.QuietHours;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * How one person is reached: their address, the name to greet them by, their language and time
 * zone, and their quiet hours (empty when they switched them off).
 */
public record Contact(UUID accountId, Optional<String> email, String displayName, String language, String timeZone,
                      Optional<QuietHours> quietHours) {

    /** Languages Slate writes in; anyone else reads English. */
    public static final List<String> LANGUAGES = List.of("en", "ar");

    /** Someone Slate has not heard about yet (their account event is still on its way): English, UTC. */
    public static Contact unknown(UUID accountId) {
        return new Contact(accountId, Optional.empty(), null, "en", "UTC", Optional.of(QuietHours.DEFAULT));
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
