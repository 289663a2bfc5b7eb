package app.slate.notifications.preferences;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * The hours of a person's night, in their own time zone, when nothing that can wait should reach
 * them. {@code from} after {@code until} spans midnight (21:00 to 08:00, the default); equal times
 * mean no quiet hours at all.
 */
public record QuietHours(LocalTime from, LocalTime until) {

    public static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 0), LocalTime.of(8, 0));

    /**
     * When a message that is not urgent may go, if not now: the end of this night's quiet hours in
     * the person's zone. A clock change inside the night is the zone's (a gap moves the end later).
     */
    public Optional<Instant> holdUntil(Instant now, ZoneId zone) {
        if (from.equals(until)) {
            return Optional.empty();
        }
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        boolean overnight = from.isAfter(until);
        boolean quiet = overnight
                ? !time.isBefore(from) || time.isBefore(until)
                : !time.isBefore(from) && time.isBefore(until);
        if (!quiet) {
            return Optional.empty();
        }
        LocalDate endDay = overnight && !time.isBefore(from) ? local.toLocalDate().plusDays(1) : local.toLocalDate();
        return Optional.of(ZonedDateTime.of(endDay, until, zone).toInstant());
    }
}
