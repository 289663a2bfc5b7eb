package app.slate.identity.reads;

import app.slate.platform.auth.OwnerIds;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who holds a national-ID verification that has not expired: the verified badge on profiles, talent
 * search and suggested talent, and the gate some operations put on verification. Read live, so an
 * expiry or a new verification shows at once.
 */
@ApplicationScoped
public class Verifications {

    private static final String VERIFIED = """
            SELECT id::text AS id FROM accounts
            WHERE id = ANY($1::uuid[]) AND deleted_at IS NULL AND national_id_expires_at > now()""";

    private final Pool database;

    public Verifications(Pool database) {
        this.database = database;
    }

    /** The accounts among {@code accountIds} verified now. */
    public Uni<Set<String>> verifiedAmong(Collection<String> accountIds) {
        // Owners that are not accounts (the local cloud's demo talent) are verified by nobody.
        UUID[] accounts = accountIds.stream().map(OwnerIds::account).flatMap(Optional::stream).toArray(UUID[]::new);
        if (accounts.length == 0) {
            return Uni.createFrom().item(Set.of());
        }
        return database.preparedQuery(VERIFIED).execute(Tuple.of(accounts)).map(rows -> {
            Set<String> verified = new HashSet<>();
            rows.forEach(row -> verified.add(row.getString("id")));
            return verified;
        });
    }

    public Uni<Boolean> isVerified(String accountId) {
        if (accountId == null) {
            return Uni.createFrom().item(false);
        }
        return verifiedAmong(Set.of(accountId)).map(verified -> verified.contains(accountId));
    }
}
