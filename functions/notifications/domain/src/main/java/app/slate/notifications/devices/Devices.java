package app.slate.notifications.devices;

import app.slate.platform.blocking.Await;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People's web push subscriptions (owner of {@code notification_devices}). Slate pushes to an
 * endpoint from inside its network, so only push services it knows are accepted: a subscription
 * pointing anywhere else is refused rather than becoming a way to make Slate call that address.
 * Re-subscribing the same endpoint (a browser refreshing its keys, or a shared browser signed in
 * as someone else) moves the row to the caller.
 */
@ApplicationScoped
public class Devices {

    static final int MOST_PER_PERSON = 20;

    private static final String COLUMNS = "id, account_id, endpoint, p256dh, auth, label, created_at, last_push_at";

    private static final String SUBSCRIBE = """
            INSERT INTO notification_devices (id, account_id, endpoint, p256dh, auth, label) VALUES ($1, $2, $3, $4, $5, $6)
            ON CONFLICT (endpoint) DO UPDATE SET account_id = excluded.account_id, p256dh = excluded.p256dh, auth = excluded.auth,
                label = excluded.label
            RETURNING\s""" + COLUMNS;

    private static final String COUNT = "SELECT count(*) AS n FROM notification_devices WHERE account_id = $1 AND endpoint <> $2";

    private static final String OF = "SELECT " + COLUMNS + " FROM notification_devices WHERE account_id = $1 ORDER BY created_at";

    private static final String REMOVE = "DELETE FROM notification_devices WHERE id = $1 AND account_id = $2";

    private static final String GONE = "DELETE FROM notification_devices WHERE id = $1";

    private static final String FORGET_ALL = "DELETE FROM notification_devices WHERE account_id = $1";

    private static final String PUSHED = "UPDATE notification_devices SET last_push_at = now() WHERE id = $1";

    private final Pool database;
    private final List<String> pushServices;

    public Devices(Pool database, @ConfigProperty(name = "slate.devices.push-services") List<String> pushServices) {
        this.database = database;
        this.pushServices = pushServices;
    }

    /** A browser's subscription as {@code PushManager.subscribe()} gives it, for the caller. */
    public Uni<Device> subscribe(UUID accountId, String endpoint, String p256dh, String auth, String label) {
        checkEndpoint(endpoint);
        checkKey("keys.p256dh", p256dh, 65);
        checkKey("keys.auth", auth, 16);
        return database.preparedQuery(COUNT).execute(Tuple.of(accountId, endpoint)).chain(count -> {
            if (count.iterator().next().getLong("n") >= MOST_PER_PERSON) {
                throw ProblemException.conflict("You have " + MOST_PER_PERSON + " devices subscribed; remove one first.");
            }
            return database.preparedQuery(SUBSCRIBE)
                    .execute(Tuple.from(new Object[] {UUID.randomUUID(), accountId, endpoint, p256dh, auth, label}))
                    .map(rows -> device(rows.iterator().next()));
        });
    }

    public Uni<List<Device>> of(UUID accountId) {
        return database.preparedQuery(OF).execute(Tuple.of(accountId)).map(Devices::devices);
    }

    /** The caller's own device only: anyone else's is not found. */
    public Uni<Void> remove(UUID accountId, UUID deviceId) {
        return database.preparedQuery(REMOVE).execute(Tuple.of(deviceId, accountId)).map(rows -> {
            if (rows.rowCount() == 0) {
                throw ProblemException.notFound("Device not found");
            }
            return null;
        });
    }

    /** Blocking, for the worker: where to push for this person. */
    public List<Device> ofPerson(UUID accountId) {
        return devices(database.preparedQuery(OF).execute(Tuple.of(accountId)).await().atMost(Await.LIMIT));
    }

    /** The push service says the subscription no longer exists. */
    public void gone(UUID deviceId) {
        database.preparedQuery(GONE).execute(Tuple.of(deviceId)).await().atMost(Await.LIMIT);
    }

    /** The account is gone: so are its subscriptions. */
    public void forgetAll(UUID accountId) {
        database.preparedQuery(FORGET_ALL).execute(Tuple.of(accountId)).await().atMost(Await.LIMIT);
    }

    public void pushed(UUID deviceId) {
        database.preparedQuery(PUSHED).execute(Tuple.of(deviceId)).await().atMost(Await.LIMIT);
    }

    private void checkEndpoint(String endpoint) {
        URI uri;
        try {
            uri = URI.create(endpoint);
        } catch (IllegalArgumentException notAUri) {
            throw ProblemException.invalid("endpoint", "must be the push service URL the browser gave");
        }
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        boolean known = uri.getHost() != null && pushServices.stream().anyMatch(service -> service.startsWith("*.")
                ? "https".equals(uri.getScheme()) && uri.getHost().endsWith(service.substring(1))
                : origin.equals(service));
        if (!known) {
            throw ProblemException.invalid("endpoint", "must be a URL of a known push service (Firefox, Chrome, Edge, Safari)");
        }
    }

    private static void checkKey(String field, String value, int bytes) {
        try {
            if (Base64.getUrlDecoder().decode(value.replace("=", "")).length == bytes) {
                return;
            }
        } catch (IllegalArgumentException notBase64) {
            // refused below
        }
        throw ProblemException.invalid(field, "must be " + bytes + " bytes, base64url-encoded, as the browser gave it");
    }

    private static List<Device> devices(RowSet<Row> rows) {
        List<Device> devices = new ArrayList<>();
        rows.forEach(row -> devices.add(device(row)));
        return devices;
    }

    private static Device device(Row row) {
        OffsetDateTime pushed = row.getOffsetDateTime("last_push_at");
        return new Device(row.getUUID("id"), row.getUUID("account_id"), row.getString("endpoint"), row.getString("p256dh"),
                row.getString("auth"), row.getString("label"), row.getOffsetDateTime("created_at").toInstant(),
                pushed == null ? null : pushed.toInstant());
    }
}
