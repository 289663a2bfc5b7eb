package app.slate.notifications.phones;

import app.slate.platform.blocking.Await;
import app.slate.platform.crypto.Hmac;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The mobile number each person verified for SMS (owner of {@code notification_phones}). A number
 * is set unverified; the worker then sends it a six-digit code, keeping only the code's hash; the
 * person proves they hold the number by giving the code back within ten minutes and five tries.
 * Only a verified number receives anything else, so nobody can make Slate text a stranger.
 */
@ApplicationScoped
public class Phones {

    public static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{7,14}");
    static final Duration CODE_LIFETIME = Duration.ofMinutes(10);
    static final int MOST_TRIES = 5;
    static final int MOST_CODES_PER_HOUR = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A person's number as they see it. */
    public record Phone(String number, boolean verified) {
    }

    private static final String SET = """
            INSERT INTO notification_phones (account_id, number) VALUES ($1, $2)
            ON CONFLICT (account_id) DO UPDATE SET number = excluded.number, updated_at = now(),
                verified_at = CASE WHEN notification_phones.number = excluded.number THEN notification_phones.verified_at END""";

    private static final String READ = "SELECT number, verified_at FROM notification_phones WHERE account_id = $1";

    private static final String REMOVE = "DELETE FROM notification_phones WHERE account_id = $1";

    /** A fresh code for the number still set and unverified, within the hourly allowance (a new hour starts a new count). */
    private static final String NEW_CODE = """
            UPDATE notification_phones SET code_hash = $3, code_expires_at = now() + interval '10 minutes', attempts = 0,
                codes_sent = CASE WHEN window_started_at < now() - interval '1 hour' THEN 1 ELSE codes_sent + 1 END,
                window_started_at = CASE WHEN window_started_at < now() - interval '1 hour' THEN now() ELSE window_started_at END,
                updated_at = now()
            WHERE account_id = $1 AND number = $2 AND verified_at IS NULL
              AND (codes_sent < $4 OR window_started_at < now() - interval '1 hour')
            RETURNING account_id""";

    private static final String CHECKABLE = """
            SELECT code_hash, code_expires_at > now() AS live, attempts FROM notification_phones
            WHERE account_id = $1 AND verified_at IS NULL FOR UPDATE""";

    private static final String WRONG = "UPDATE notification_phones SET attempts = attempts + 1 WHERE account_id = $1";

    private static final String VERIFIED = """
            UPDATE notification_phones SET verified_at = now(), code_hash = NULL, code_expires_at = NULL, attempts = 0, updated_at = now()
            WHERE account_id = $1""";

    private static final String VERIFIED_NUMBER = "SELECT number FROM notification_phones WHERE account_id = $1 AND verified_at IS NOT NULL";

    private final Pool database;

    public Phones(Pool database) {
        this.database = database;
    }

    /** Sets (or changes) the caller's number, unverified until its code comes back; in the caller's transaction. */
    public Uni<Void> set(SqlConnection connection, UUID accountId, String number) {
        if (number == null || !E164.matcher(number).matches()) {
            throw ProblemException.invalid("number", "must be a mobile number in international form, such as +966501234567");
        }
        return connection.preparedQuery(SET).execute(Tuple.of(accountId, number)).replaceWithVoid();
    }

    public Uni<Optional<Phone>> of(UUID accountId) {
        return database.preparedQuery(READ).execute(Tuple.of(accountId)).map(rows -> rows.size() == 0 ? Optional.empty()
                : Optional.of(phone(rows.iterator().next())));
    }

    public Uni<Void> remove(UUID accountId) {
        return database.preparedQuery(REMOVE).execute(Tuple.of(accountId)).replaceWithVoid();
    }

    /** Checks a code, counting a wrong one; a right one verifies the number. */
    public Uni<Phone> verify(UUID accountId, String code) {
        return database.withTransaction(connection -> connection.preparedQuery(CHECKABLE).execute(Tuple.of(accountId)).chain(rows -> {
            if (rows.size() == 0) {
                throw ProblemException.invalid("code", "no code was sent: set a number (PUT /notifications/phone) first");
            }
            Row row = rows.iterator().next();
            if (row.getString("code_hash") == null || !row.getBoolean("live") || row.getInteger("attempts") >= MOST_TRIES) {
                throw ProblemException.invalid("code", "has expired or been tried too often; set the number again for a new code");
            }
            if (code == null || !Hmac.same(row.getString("code_hash").getBytes(StandardCharsets.US_ASCII),
                    hash(accountId, code).getBytes(StandardCharsets.US_ASCII))) {
                return connection.preparedQuery(WRONG).execute(Tuple.of(accountId)).map(ignored -> {
                    throw ProblemException.invalid("code", "is not the code we sent");
                });
            }
            return connection.preparedQuery(VERIFIED).execute(Tuple.of(accountId)).chain(() -> connection.preparedQuery(READ)
                    .execute(Tuple.of(accountId))).map(read -> phone(read.iterator().next()));
        }));
    }

    /**
     * Blocking, for the worker: a new code for this number, if it is still the person's unverified
     * number and the hourly allowance has room; only its hash is kept.
     */
    public Optional<String> newCode(UUID accountId, String number) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        var rows = database.preparedQuery(NEW_CODE).execute(Tuple.of(accountId, number, hash(accountId, code), MOST_CODES_PER_HOUR))
                .await().atMost(Await.LIMIT);
        return rows.size() == 0 ? Optional.empty() : Optional.of(code);
    }

    /** Blocking: the number this person verified, if any. */
    public Optional<String> verifiedNumber(UUID accountId) {
        var rows = database.preparedQuery(VERIFIED_NUMBER).execute(Tuple.of(accountId)).await().atMost(Await.LIMIT);
        return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getString("number"));
    }

    /** Blocking: the account is gone, and so is its number. */
    public void forget(UUID accountId) {
        database.preparedQuery(REMOVE).execute(Tuple.of(accountId)).await().atMost(Await.LIMIT);
    }

    /** The code is short, so it is bound to the account before hashing: one table row's hash does not answer another's. */
    private static String hash(UUID accountId, String code) {
        return HexFormat.of().formatHex(Hmac.sha256(accountId.toString().getBytes(StandardCharsets.UTF_8), code.strip()));
    }

    private static Phone phone(Row row) {
        return new Phone(row.getString("number"), row.getValue("verified_at") != null);
    }
}
