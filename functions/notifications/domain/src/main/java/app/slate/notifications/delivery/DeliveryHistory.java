package app.slate.notifications.delivery;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the delivery log tells people: each person their own messages (never the provider's ids or
 * errors, which say nothing to them), and admins the figures per channel for a period.
 */
@ApplicationScoped
public class DeliveryHistory {

    /** One message as its recipient sees it. */
    public record Sent(UUID id, Channel channel, String template, String address, DeliveryStatus status, Instant at) {
    }

    /** A channel's figures for a period: counts per outcome, and the rates a sender's reputation hangs on. */
    public record ChannelFigures(Channel channel, long total, long sent, long delivered, long bounced, long complained, long failed,
                                 double bounceRate, double complaintRate) {
    }

    private static final String MINE = """
            SELECT id, channel, template, address, status, created_at FROM notification_deliveries
            WHERE recipient = $1 AND ($2::timestamptz IS NULL OR created_at < $2)
            ORDER BY created_at DESC LIMIT $3""";

    private static final String FIGURES = """
            SELECT channel, count(*) AS total,
                   count(*) FILTER (WHERE status = 'SENT') AS sent,
                   count(*) FILTER (WHERE status = 'DELIVERED') AS delivered,
                   count(*) FILTER (WHERE status = 'BOUNCED') AS bounced,
                   count(*) FILTER (WHERE status = 'COMPLAINED') AS complained,
                   count(*) FILTER (WHERE status = 'FAILED') AS failed
            FROM notification_deliveries WHERE created_at >= $1 AND created_at < $2
            GROUP BY channel ORDER BY channel""";

    private final Pool database;

    public DeliveryHistory(Pool database) {
        this.database = database;
    }

    /** Newest first; {@code before} (the last {@code at} of a page) pages back. */
    public Uni<List<Sent>> of(UUID recipient, Instant before, int limit) {
        OffsetDateTime until = before == null ? null : before.atOffset(ZoneOffset.UTC);
        return database.preparedQuery(MINE).execute(Tuple.of(recipient, until, limit)).map(rows -> {
            List<Sent> sent = new ArrayList<>();
            for (Row row : rows) {
                sent.add(new Sent(row.getUUID("id"), Channel.valueOf(row.getString("channel")), row.getString("template"),
                        row.getString("address"), DeliveryStatus.valueOf(row.getString("status")),
                        row.getOffsetDateTime("created_at").toInstant()));
            }
            return sent;
        });
    }

    public Uni<List<ChannelFigures>> figures(Instant from, Instant to) {
        return database.preparedQuery(FIGURES).execute(Tuple.of(from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC))).map(rows -> {
            List<ChannelFigures> figures = new ArrayList<>();
            for (Row row : rows) {
                long total = row.getLong("total");
                long bounced = row.getLong("bounced");
                long complained = row.getLong("complained");
                figures.add(new ChannelFigures(Channel.valueOf(row.getString("channel")), total, row.getLong("sent"),
                        row.getLong("delivered"), bounced, complained, row.getLong("failed"), rate(bounced, total), rate(complained, total)));
            }
            return figures;
        });
    }

    private static double rate(long part, long total) {
        return total == 0 ? 0 : Math.round(part * 10_000.0 / total) / 10_000.0;
    }
}
