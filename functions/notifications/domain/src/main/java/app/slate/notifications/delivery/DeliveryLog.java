package app.slate.notifications.delivery;

import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/**
 * Every attempt to reach someone outside the app, one row per event, channel and address. A
 * channel asks {@link #claim} before it calls its provider: a message that has already left (a
 * redelivered event, a retried batch) is not sent again. The one window left is a crash after the
 * provider accepted a message and before {@link #sent} recorded it: providers such as SES take no
 * idempotency key, so that message would go twice. Blocking: called on a Lambda handler thread.
 */
@ApplicationScoped
public class DeliveryLog {

    private static final int MAX_ERROR = 500;

    private static final String CLAIM = """
            INSERT INTO notification_deliveries (id, event_id, event_type, recipient, channel, template, address, status)
            VALUES ($1, $2, $3, $4, $5, $6, $7, 'QUEUED')
            ON CONFLICT (event_id, channel, address) DO UPDATE SET updated_at = now()
            RETURNING id, status""";

    private static final String SENT = """
            UPDATE notification_deliveries SET status = 'SENT', provider = $2, provider_message_id = $3,
                attempts = attempts + 1, last_error = NULL, updated_at = now()
            WHERE id = $1""";

    private static final String FAILED = """
            UPDATE notification_deliveries SET status = 'FAILED', attempts = attempts + 1, last_error = $2, updated_at = now()
            WHERE id = $1""";

    /** A later report moves a row forward only: delivered never undoes a bounce, and a repeated report changes nothing. */
    private static final String REPORTED = """
            UPDATE notification_deliveries SET status = $2, last_error = $3, updated_at = now()
            WHERE provider_message_id = $1 AND lower(address) = lower($4)
              AND (status = 'SENT' OR (status = 'DELIVERED' AND $2 IN ('BOUNCED', 'COMPLAINED')))
            RETURNING recipient""";

    private final Pool database;

    public DeliveryLog(Pool database) {
        this.database = database;
    }

    /** The row's id when the message is still to be sent; empty when it has already left. */
    public Optional<UUID> claim(Delivery delivery) {
        Row row = database.preparedQuery(CLAIM).execute(Tuple.from(new Object[] {UUID.randomUUID(), delivery.eventId(),
                        delivery.eventType(), delivery.recipient(), delivery.channel().name(), delivery.template(), delivery.address()}))
                .await().atMost(Await.LIMIT).iterator().next();
        return DeliveryStatus.valueOf(row.getString("status")).hasLeft() ? Optional.empty() : Optional.of(row.getUUID("id"));
    }

    public void sent(UUID id, String provider, String providerMessageId) {
        database.preparedQuery(SENT).execute(Tuple.of(id, provider, providerMessageId)).await().atMost(Await.LIMIT);
    }

    /**
     * What the provider reported later about a message it accepted, for one of its addresses. The
     * account the address belongs to when the row moved (empty when it did not, or has no account).
     */
    public Optional<UUID> reported(String providerMessageId, String address, DeliveryStatus status, String detail) {
        var rows = database.preparedQuery(REPORTED).execute(Tuple.of(providerMessageId, status.name(), shortened(detail), address))
                .await().atMost(Await.LIMIT);
        return rows.size() == 0 ? Optional.empty() : Optional.ofNullable(rows.iterator().next().getUUID("recipient"));
    }

    /** The provider refused or could not be reached; the event is retried and the row claimed again. */
    public void failed(UUID id, String error) {
        database.preparedQuery(FAILED).execute(Tuple.of(id, shortened(error == null ? "unknown error" : error))).await().atMost(Await.LIMIT);
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MAX_ERROR ? text : text.substring(0, MAX_ERROR);
    }
}
