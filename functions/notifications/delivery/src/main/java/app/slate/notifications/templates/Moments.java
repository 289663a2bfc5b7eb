package app.slate.notifications.templates;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** An instant as its reader reads a time: in their language and their time zone, with the zone named. */
public final class Moments {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm zzz", Locale.ENGLISH);
    private static final DateTimeFormatter ARABIC = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy، HH:mm zzz", Locale.forLanguageTag("ar"));

    private Moments() {
    }

    public static String format(Instant instant, String language, String timeZone) {
        return ("ar".equals(language) ? ARABIC : ENGLISH).format(instant.atZone(zone(timeZone)));
    }

    /** A zone the reader chose, or UTC when they chose none (or one this JDK does not know). */
    public static ZoneId zone(String timeZone) {
        try {
            return timeZone == null ? ZoneId.of("UTC") : ZoneId.of(timeZone);
        } catch (DateTimeException unknown) {
            return ZoneId.of("UTC");
        }
    }
}
