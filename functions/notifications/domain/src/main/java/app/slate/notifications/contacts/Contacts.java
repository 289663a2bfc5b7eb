package app.slate.notifications.contacts;

import app.slate.notifications.preferences.QuietHours;
import app.slate.platform.blocking.Await;
import app.slate.platform.events.IdentityEvents.AccountChanged;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * The people notifications can reach, from identity's account events. Events may arrive out of
 * order and more than once: a row only ever moves forward to a later event's facts. Blocking:
 * called on a Lambda handler thread.
 */
@ApplicationScoped
public class Contacts {

    private static final String REMEMBER = """
            INSERT INTO notification_contacts (account_id, email, display_name, updated_at) VALUES ($1, $2, $3, $4)
            ON CONFLICT (account_id) DO UPDATE SET email = excluded.email, display_name = excluded.display_name,
                updated_at = excluded.updated_at
            WHERE notification_contacts.updated_at < excluded.updated_at AND notification_contacts.deleted_at IS NULL""";

    private static final String FORGET = """
            INSERT INTO notification_contacts (account_id, deleted_at, updated_at) VALUES ($1, $2, $2)
            ON CONFLICT (account_id) DO UPDATE SET email = NULL, display_name = NULL, deleted_at = excluded.deleted_at,
                updated_at = excluded.updated_at""";

    private static final String FIND = """
            SELECT account_id, email, display_name, language, time_zone, quiet_hours, quiet_from, quiet_until FROM notification_contacts
            WHERE account_id = $1 AND deleted_at IS NULL""";

    private static final String FIND_BY_EMAIL = """
            SELECT account_id, email, display_name, language, time_zone, quiet_hours, quiet_from, quiet_until FROM notification_contacts
            WHERE email = $1 AND deleted_at IS NULL""";

    private final Pool database;

    public Contacts(Pool database) {
        this.database = database;
    }

    public void remember(AccountChanged account, Instant occurredAt) {
        database.preparedQuery(REMEMBER)
                .execute(Tuple.of(account.accountId(), account.email(), account.displayName(), occurredAt.atOffset(ZoneOffset.UTC)))
                .await().atMost(Await.LIMIT);
    }

    /** The account is gone: its address and name go with it, and later events about it find nobody. */
    public void forget(UUID accountId, Instant at) {
        database.preparedQuery(FORGET).execute(Tuple.of(accountId, at.atOffset(ZoneOffset.UTC))).await().atMost(Await.LIMIT);
    }

    public Optional<Contact> find(UUID accountId) {
        return first(FIND, accountId);
    }

    /**
     * A person as events name them. An id that is not an account's has no contact: the seeded demo
     * talent of the local cloud ({@code demo-talent-0004}) and people made by hand in tests get
     * their inbox items, never an email.
     */
    public Optional<Contact> find(String recipient) {
        try {
            return find(UUID.fromString(recipient));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }

    /** Whoever holds this address on Slate (identity keeps addresses normalised and unique). */
    public Optional<Contact> findByEmail(String email) {
        return first(FIND_BY_EMAIL, email);
    }

    private Optional<Contact> first(String query, Object key) {
        var rows = database.preparedQuery(query).execute(Tuple.of(key)).await().atMost(Await.LIMIT);
        return rows.size() == 0 ? Optional.empty() : Optional.of(contact(rows.iterator().next()));
    }

    private static Contact contact(Row row) {
        return new Contact(row.getUUID("account_id"), Optional.ofNullable(row.getString("email")), row.getString("display_name"),
                row.getString("language"), row.getString("time_zone"), row.getBoolean("quiet_hours")
                        ? Optional.of(new QuietHours(row.getLocalTime("quiet_from"), row.getLocalTime("quiet_until"))) : Optional.empty());
    }
}
