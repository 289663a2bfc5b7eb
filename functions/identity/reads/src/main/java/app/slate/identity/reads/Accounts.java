package app.slate.identity.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Whether an account exists (not deleted): what a report of an account is checked against; its email, for an erasure or export. */
@ApplicationScoped
public class Accounts {

    private final Pool database;

    public Accounts(Pool database) {
        this.database = database;
    }

    /** The account's email, even while it is being erased (empty once the account is gone or has none). */
    public Uni<Optional<String>> email(UUID accountId) {
        return database.preparedQuery("SELECT email FROM accounts WHERE id = $1").execute(Tuple.of(accountId))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.ofNullable(rows.iterator().next().getString("email")));
    }

    /** Whether the account is a minor's, run by a guardian, and whether that guardian consented; empty once it is gone. */
    public Uni<Optional<Guardianship>> guardianship(UUID accountId) {
        return database.preparedQuery("SELECT guardian_id, date_of_birth, guardian_consent_at FROM accounts WHERE id = $1 AND deleted_at IS NULL")
                .execute(Tuple.of(accountId)).map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next()).map(row ->
                        new Guardianship(row.getUUID("guardian_id"), row.getLocalDate("date_of_birth"), row.getValue("guardian_consent_at") != null)));
    }

    /** The names people go by in the app, for those of {@code ids} that still have an account. */
    public Uni<Map<UUID, String>> displayNames(Collection<UUID> ids) {
        return database.preparedQuery("SELECT id, display_name FROM accounts WHERE id = ANY($1) AND deleted_at IS NULL")
                .execute(Tuple.of(ids.toArray(UUID[]::new))).map(rows -> {
                    Map<UUID, String> names = new HashMap<>();
                    rows.forEach(row -> names.put(row.getUUID("id"), row.getString("display_name")));
                    return names;
                });
    }

    /** How many live accounts this account is the guardian of. */
    public Uni<Long> minorsOf(UUID accountId) {
        return database.preparedQuery("SELECT count(*) AS minors FROM accounts WHERE guardian_id = $1 AND deleted_at IS NULL")
                .execute(Tuple.of(accountId)).map(rows -> rows.iterator().next().getLong("minors"));
    }

    /**
     * Accounts nobody ever used: registered before {@code before}, the email never verified, never
     * signed in (no device), no guardian (a minor is run by theirs) and no outside identity provider.
     */
    public Uni<List<UUID>> neverUsed(Instant before, int limit) {
        return database.preparedQuery("""
                        SELECT a.id FROM accounts a
                         WHERE a.created_at < $1 AND a.email_verified_at IS NULL AND a.deleted_at IS NULL AND a.guardian_id IS NULL
                           AND a.external_id IS NULL AND NOT EXISTS (SELECT 1 FROM account_devices d WHERE d.account_id = a.id)
                         ORDER BY a.created_at LIMIT $2""")
                .execute(Tuple.of(before.atOffset(ZoneOffset.UTC), limit)).map(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    rows.forEach(row -> ids.add(row.getUUID("id")));
                    return ids;
                });
    }

    public Uni<Boolean> exists(UUID accountId) {
        return database.preparedQuery("SELECT 1 FROM accounts WHERE id = $1 AND deleted_at IS NULL").execute(Tuple.of(accountId))
                .map(rows -> rows.size() > 0);
    }
}
