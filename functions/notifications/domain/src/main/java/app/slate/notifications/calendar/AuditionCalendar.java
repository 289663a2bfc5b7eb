package app.slate.notifications.calendar;

import app.slate.notifications.calendar.CalendarEntry.Outcome;
import app.slate.platform.blocking.Await;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;

/**
 * The calendar invitations Slate has sent for auditions (owner of {@code notification_calendar}).
 * The worker applies each booking event under a row lock, so two events for one booking raise the
 * sequence one after the other; the API reads an entry for one of its attendees.
 */
@ApplicationScoped
public class AuditionCalendar {

    private static final String COLUMNS = "uid, sequence, status, starts_at, minutes, summary, location, url, attendees, changed_at, last_event";

    private static final String LOCKED = "SELECT " + COLUMNS + " FROM notification_calendar WHERE uid = $1 FOR UPDATE";

    private static final String SAVE = """
            INSERT INTO notification_calendar (uid, sequence, status, starts_at, minutes, summary, location, url, attendees, changed_at, last_event)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            ON CONFLICT (uid) DO UPDATE SET sequence = excluded.sequence, status = excluded.status, starts_at = excluded.starts_at,
                minutes = excluded.minutes, summary = excluded.summary, location = excluded.location, url = excluded.url,
                attendees = excluded.attendees, changed_at = excluded.changed_at, last_event = excluded.last_event""";

    private static final String FOR_ATTENDEE = "SELECT " + COLUMNS + " FROM notification_calendar WHERE uid = $1 AND $2 = ANY (attendees)";

    private final Pool database;

    public AuditionCalendar(Pool database) {
        this.database = database;
    }

    /** Blocking: for the worker. */
    public Outcome apply(CalendarEntry proposed) {
        return database.withTransaction(connection -> connection.preparedQuery(LOCKED).execute(Tuple.of(proposed.uid()))
                .chain(rows -> {
                    Outcome outcome = CalendarEntry.apply(rows.size() == 0 ? null : entry(rows.iterator().next()), proposed);
                    return outcome.change() == CalendarEntry.Change.STALE ? Uni.createFrom().item(outcome)
                            : save(connection, outcome.entry()).replaceWith(outcome);
                })).await().atMost(Await.LIMIT);
    }

    /** The entry, if this person is one of its attendees; nobody else learns that it exists. */
    public Uni<Optional<CalendarEntry>> forAttendee(String uid, String accountId) {
        return database.preparedQuery(FOR_ATTENDEE).execute(Tuple.of(uid, accountId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(entry(rows.iterator().next())));
    }

    private static Uni<Void> save(SqlConnection connection, CalendarEntry entry) {
        return connection.preparedQuery(SAVE).execute(Tuple.from(new Object[] {entry.uid(), entry.sequence(),
                entry.cancelled() ? "CANCELLED" : "CONFIRMED", entry.startsAt().atOffset(ZoneOffset.UTC), entry.minutes(), entry.summary(),
                entry.location(), entry.url(), entry.attendees().toArray(String[]::new), entry.changedAt().atOffset(ZoneOffset.UTC),
                entry.lastEvent()})).replaceWithVoid();
    }

    private static CalendarEntry entry(Row row) {
        return new CalendarEntry(row.getString("uid"), row.getInteger("sequence"), "CANCELLED".equals(row.getString("status")),
                row.getOffsetDateTime("starts_at").toInstant(), row.getInteger("minutes"), row.getString("summary"),
                row.getString("location"), row.getString("url"), Arrays.asList(row.getArrayOfStrings("attendees")),
                row.getOffsetDateTime("changed_at").toInstant(), row.getUUID("last_event"));
    }
}
