package app.slate.notifications.preferences;

import app.slate.notifications.contacts.Contact;
import app.slate.notifications.delivery.Channel;
import app.slate.platform.blocking.Await;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What each person lets reach them outside the app: per category and channel, on unless they
 * switched it off; and the language and time zone their messages are written in. The language and
 * zone live on their contact row, which account events may not have created yet: then the row
 * starts here, dated at the beginning of time, so the account event that follows still fills it.
 */
@ApplicationScoped
public class Preferences {

    /** One switch: may messages of this category reach this person on this channel? */
    public record Choice(Category category, Channel channel, boolean enabled) {
    }

    /** Quiet hours as people set them: on or off, and local times such as 21:00 and 08:00. */
    public record QuietHoursSetting(Boolean on, LocalTime from, LocalTime until) {
    }

    /** Everything a person chose, every switch included (defaults filled in). */
    public record Settings(String language, String timeZone, QuietHoursSetting quietHours, List<Choice> choices) {
    }

    /** The channels beyond the app. */
    public static final List<Channel> CHANNELS = List.of(Channel.EMAIL, Channel.SMS, Channel.PUSH);

    private static final String SWITCHED = "SELECT category, channel, enabled FROM notification_preferences WHERE account_id = $1";

    private static final String SWITCHED_IN = """
            SELECT channel, enabled FROM notification_preferences WHERE account_id = $1 AND category = $2""";

    private static final String SET = """
            INSERT INTO notification_preferences (account_id, category, channel, enabled) VALUES ($1, $2, $3, $4)
            ON CONFLICT (account_id, category, channel) DO UPDATE SET enabled = excluded.enabled, updated_at = now()""";

    /**
     * A null language, zone or quiet-hours setting keeps the one there (or the default, for a row
     * that starts here).
     */
    private static final String LANGUAGE_ZONE_AND_QUIET = """
            INSERT INTO notification_contacts (account_id, language, time_zone, quiet_hours, quiet_from, quiet_until, updated_at)
            VALUES ($1, COALESCE($2, 'en'), COALESCE($3, 'UTC'), COALESCE($4::boolean, true), COALESCE($5::time, '21:00'), COALESCE($6::time, '08:00'),
                '-infinity')
            ON CONFLICT (account_id) DO UPDATE SET language = COALESCE($2, notification_contacts.language),
                time_zone = COALESCE($3, notification_contacts.time_zone),
                quiet_hours = COALESCE($4::boolean, notification_contacts.quiet_hours),
                quiet_from = COALESCE($5::time, notification_contacts.quiet_from),
                quiet_until = COALESCE($6::time, notification_contacts.quiet_until)""";

    private static final String READ_CONTACT = """
            SELECT language, time_zone, quiet_hours, quiet_from, quiet_until FROM notification_contacts WHERE account_id = $1""";

    private final Pool database;

    public Preferences(Pool database) {
        this.database = database;
    }

    /** Blocking: for the worker, on a Lambda handler thread. */
    public boolean allows(UUID accountId, Category category, Channel channel) {
        return channels(accountId, category).contains(channel);
    }

    /** Blocking: every channel this category may reach this person on, in one read. */
    public Set<Channel> channels(UUID accountId, Category category) {
        Map<Channel, Boolean> switched = new EnumMap<>(Channel.class);
        for (Row row : database.preparedQuery(SWITCHED_IN).execute(Tuple.of(accountId, category.name())).await().atMost(Await.LIMIT)) {
            switched.put(Channel.valueOf(row.getString("channel")), row.getBoolean("enabled"));
        }
        Set<Channel> allowed = EnumSet.noneOf(Channel.class);
        for (Channel channel : CHANNELS) {
            if (category.offeredOn(channel) && switched.getOrDefault(channel, category.onByDefault(channel))) {
                allowed.add(channel);
            }
        }
        return allowed;
    }

    public Uni<Settings> read(UUID accountId) {
        return database.withConnection(connection -> read(connection, accountId));
    }

    /** Changes what is given (a null language, zone or quiet-hours setting stays as it was), in one transaction. */
    public Uni<Settings> update(UUID accountId, String language, String timeZone, QuietHoursSetting quiet, List<Choice> changes) {
        if (language != null && !Contact.LANGUAGES.contains(language)) {
            throw ProblemException.invalid("language", "must be one of " + Contact.LANGUAGES);
        }
        // A zone by name, not a bare offset: a named zone follows its clock changes, in quiet hours and calendars alike.
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw ProblemException.invalid("timeZone", "must be an IANA time zone such as Europe/London or Asia/Riyadh");
        }
        for (Choice change : changes) {
            if (!change.category().offeredOn(change.channel())) {
                throw ProblemException.invalid("choices", change.category() + " goes by email only");
            }
        }
        if (quiet != null && (quiet.on() == null || quiet.from() == null || quiet.until() == null)) {
            throw ProblemException.invalid("quietHours", "needs on (true or false), from and until, local times such as 21:00 and 08:00");
        }
        return database.withTransaction(connection -> {
            Tuple contact = Tuple.of(accountId, language, timeZone).addValue(quiet == null ? null : quiet.on())
                    .addValue(quiet == null ? null : quiet.from()).addValue(quiet == null ? null : quiet.until());
            Uni<Void> done = connection.preparedQuery(LANGUAGE_ZONE_AND_QUIET).execute(contact).replaceWithVoid();
            for (Choice change : changes) {
                done = done.chain(() -> connection.preparedQuery(SET)
                        .execute(Tuple.of(accountId, change.category().name(), change.channel().name(), change.enabled())).replaceWithVoid());
            }
            return done.chain(() -> read(connection, accountId));
        });
    }

    private static Uni<Settings> read(SqlConnection connection, UUID accountId) {
        return connection.preparedQuery(READ_CONTACT).execute(Tuple.of(accountId)).chain(contact -> connection
                .preparedQuery(SWITCHED).execute(Tuple.of(accountId)).map(switched -> {
                    Map<Category, Map<Channel, Boolean>> chosen = new EnumMap<>(Category.class);
                    for (Row row : switched) {
                        chosen.computeIfAbsent(Category.valueOf(row.getString("category")), c -> new EnumMap<>(Channel.class))
                                .put(Channel.valueOf(row.getString("channel")), row.getBoolean("enabled"));
                    }
                    List<Choice> choices = new ArrayList<>();
                    for (Category category : Category.values()) {
                        for (Channel channel : CHANNELS) {
                            if (!category.offeredOn(channel)) {
                                continue;
                            }
                            boolean enabled = chosen.getOrDefault(category, Map.of()).getOrDefault(channel, category.onByDefault(channel));
                            choices.add(new Choice(category, channel, enabled));
                        }
                    }
                    if (contact.size() == 0) {
                        QuietHours quiet = QuietHours.DEFAULT;
                        return new Settings("en", "UTC", new QuietHoursSetting(true, quiet.from(), quiet.until()), choices);
                    }
                    Row known = contact.iterator().next();
                    return new Settings(known.getString("language"), known.getString("time_zone"), new QuietHoursSetting(
                            known.getBoolean("quiet_hours"), known.getLocalTime("quiet_from"), known.getLocalTime("quiet_until")), choices);
                }));
    }
}
