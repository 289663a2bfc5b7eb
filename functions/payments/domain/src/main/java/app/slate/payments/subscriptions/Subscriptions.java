package app.slate.payments.subscriptions;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Subscriptions as their provider sees them (owner of {@code billing_subscriptions} with Grants).
 * A snapshot is applied only when it is newer than what the row holds, by provider time and then
 * by status rank, so deliveries may come in any order and any number of times: the row ends as
 * the provider's latest state. The account is the one Slate made the provider customer for, the
 * plan the one Slate made the price for; a snapshot naming neither grants nothing. A second paid
 * subscription of an account that already has one is kept as a duplicate: it grants nothing, and
 * {@code DuplicatePurchases} cancels and refunds it at the provider.
 */
@ApplicationScoped
public class Subscriptions {

    private static final Logger LOG = Logger.getLogger(Subscriptions.class);

    /**
     * What applying a snapshot did: the status before (null when new) and after, and whether it was
     * and is set to end at its period's end; {@code applied} is false when the snapshot was stale.
     */
    public record Applied(String accountId, String planCode, String planName, SubscriptionStatus before, SubscriptionStatus after,
                          boolean wasEnding, boolean ending, SubscriptionSnapshot snapshot, boolean applied, boolean duplicate) {

        /** Whether the payer would want to hear of it: a new status, or an ending set or withdrawn (never of a duplicate). */
        public boolean notable() {
            return applied && !duplicate && (before != after || wasEnding != ending);
        }
    }

    private static final String ACCOUNT = "SELECT account_id FROM billing_customers WHERE provider = $1 AND provider_customer_id = $2";
    private static final String PRICE = """
            SELECT pp.plan_id, pp.currency, pp.amount_minor, p.code, p.name FROM billing_provider_prices pp
            JOIN billing_plans p ON p.id = pp.plan_id WHERE pp.provider_price_id = $1""";
    private static final String CURRENT = """
            SELECT status, cancel_at_period_end, provider_state_at, provider_state_rank, duplicate_of FROM billing_subscriptions
            WHERE provider_subscription_id = $1 FOR UPDATE""";
    /** The account's one paid subscription besides this one, if it has one: this one is then a duplicate purchase. */
    private static final String KEPT = """
            SELECT id FROM billing_subscriptions WHERE account_id = $1 AND provider_subscription_id <> $2 AND provider <> 'COMPLIMENTARY'
              AND status IN ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE') AND duplicate_of IS NULL FOR UPDATE""";
    /** A paid plan replaces a plan an admin granted. */
    private static final String END_GRANT = """
            UPDATE billing_subscriptions SET status = 'CANCELED', canceled_at = now(), version = version + 1, updated_at = now()
            WHERE account_id = $1 AND provider = 'COMPLIMENTARY' AND status = 'ACTIVE'""";
    private static final String UPSERT = """
            INSERT INTO billing_subscriptions (id, account_id, plan_id, provider, provider_subscription_id, provider_customer_id,
                provider_price_id, status, currency, amount_minor, current_period_start, current_period_end, cancel_at_period_end,
                trial_end, canceled_at, provider_state_at, provider_state_rank, duplicate_of)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::bigint, $11, $12, $13, $14, $15, $16::bigint, $17::int, $18)
            ON CONFLICT (provider_subscription_id) DO UPDATE SET plan_id = excluded.plan_id, provider_price_id = excluded.provider_price_id,
                status = excluded.status, currency = excluded.currency, amount_minor = excluded.amount_minor,
                current_period_start = excluded.current_period_start, current_period_end = excluded.current_period_end,
                cancel_at_period_end = excluded.cancel_at_period_end, trial_end = excluded.trial_end, canceled_at = excluded.canceled_at,
                provider_state_at = excluded.provider_state_at, provider_state_rank = excluded.provider_state_rank,
                duplicate_of = coalesce(billing_subscriptions.duplicate_of, excluded.duplicate_of),
                version = billing_subscriptions.version + 1, updated_at = now()
            WHERE (billing_subscriptions.provider_state_at, billing_subscriptions.provider_state_rank)
                  <= (excluded.provider_state_at, excluded.provider_state_rank)""";

    private static final String SCHEDULE = """
            UPDATE billing_subscriptions SET renews_at = $2, renewal_token = coalesce($3, renewal_token),
                next_provider_price_id = nullif(next_provider_price_id, provider_price_id)
            WHERE provider_subscription_id = $1""";
    private static final String CHANGE = """
            UPDATE billing_subscriptions SET next_provider_price_id = nullif($2, provider_price_id), version = version + 1, updated_at = now()
            WHERE provider_subscription_id = $1""";

    public Uni<Optional<Applied>> apply(SqlConnection connection, SubscriptionSnapshot snapshot) {
        String provider = snapshot.provider().name();
        return connection.preparedQuery(ACCOUNT).execute(Tuple.of(provider, snapshot.customerId()))
                .chain(accounts -> connection.preparedQuery(PRICE).execute(Tuple.of(snapshot.priceId())).chain(prices -> {
                    if (accounts.size() == 0 || prices.size() == 0) {
                        LOG.warnf("%s subscription %s names a customer or price Slate did not make; it grants nothing",
                                provider, snapshot.subscriptionId());
                        return Uni.createFrom().item(Optional.<Applied>empty());
                    }
                    String accountId = accounts.iterator().next().getString("account_id");
                    Row price = prices.iterator().next();
                    return connection.preparedQuery(CURRENT).execute(Tuple.of(snapshot.subscriptionId()))
                            .chain(current -> apply(connection, snapshot, accountId, price,
                                    current.size() == 0 ? null : current.iterator().next()));
                }));
    }

    private Uni<Optional<Applied>> apply(SqlConnection connection, SubscriptionSnapshot snapshot, String accountId, Row price, Row current) {
        UUID planId = price.getUUID("plan_id");
        SubscriptionStatus before = current == null ? null : SubscriptionStatus.valueOf(current.getString("status"));
        boolean wasEnding = current != null && current.getBoolean("cancel_at_period_end");
        UUID duplicateOf = current == null ? null : current.getUUID("duplicate_of");
        if (current != null && newer(current.getLong("provider_state_at"), current.getInteger("provider_state_rank"), snapshot)) {
            return Uni.createFrom().item(Optional.of(new Applied(accountId, price.getString("code"), price.getString("name"), before, before,
                    wasEnding, wasEnding, snapshot, false, duplicateOf != null)));
        }
        boolean live = snapshot.status().entitles() || snapshot.status() == SubscriptionStatus.INCOMPLETE;
        Uni<UUID> kept = !live || duplicateOf != null ? Uni.createFrom().item(duplicateOf)
                : connection.preparedQuery(KEPT).execute(Tuple.of(accountId, snapshot.subscriptionId()))
                        .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getUUID("id"));
        return kept.chain(duplicate -> {
            if (duplicate != null && duplicateOf == null) {
                LOG.warnf("%s subscription %s duplicates a paid plan of account %s; it is cancelled and refunded",
                        snapshot.provider(), snapshot.subscriptionId(), accountId);
            }
            Uni<?> grantEnded = snapshot.status().entitles() && duplicate == null
                    ? connection.preparedQuery(END_GRANT).execute(Tuple.of(accountId)) : Uni.createFrom().voidItem();
            return grantEnded.chain(() -> connection.preparedQuery(UPSERT).execute(Tuple.from(new Object[] {UUID.randomUUID(), accountId,
                            planId, snapshot.provider().name(), snapshot.subscriptionId(), snapshot.customerId(), snapshot.priceId(),
                            snapshot.status().name(), price.getString("currency"), price.getLong("amount_minor"),
                            time(snapshot.currentPeriodStart()), time(snapshot.currentPeriodEnd()), snapshot.cancelAtPeriodEnd(),
                            time(snapshot.trialEnd()), time(snapshot.canceledAt()), snapshot.stateAt(), snapshot.status().rank(), duplicate})))
                    .map(ignored -> Optional.of(new Applied(accountId, price.getString("code"), price.getString("name"), before,
                            snapshot.status(), wasEnding, snapshot.cancelAtPeriodEnd(), snapshot, true, duplicate != null)));
        });
    }

    /**
     * When Slate itself next acts on a subscription it renews (Moyasar's: the period's end, a retry),
     * or null; and the saved card it charges, kept when none is given. A scheduled change of plan
     * that the subscription now holds is done.
     */
    public Uni<Void> schedule(SqlConnection connection, String subscriptionId, Instant renewsAt, String renewalToken) {
        return connection.preparedQuery(SCHEDULE).execute(Tuple.of(subscriptionId, time(renewsAt), renewalToken)).replaceWithVoid();
    }

    /** The price a subscription Slate renews moves to at its next renewal (its own price again: no change). */
    public Uni<Void> changeAtRenewal(SqlConnection connection, String subscriptionId, String priceId) {
        return connection.preparedQuery(CHANGE).execute(Tuple.of(subscriptionId, priceId)).replaceWithVoid();
    }

    /** Whether the row already holds a later state than the snapshot (by provider time, then status rank). */
    static boolean newer(long heldAt, int heldRank, SubscriptionSnapshot snapshot) {
        return heldAt > snapshot.stateAt() || heldAt == snapshot.stateAt() && heldRank > snapshot.status().rank();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
