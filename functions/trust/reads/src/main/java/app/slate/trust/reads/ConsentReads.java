package app.slate.trust.reads;

import app.slate.platform.auth.OwnerIds;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whose consent to a purpose does not hold now: their latest record withdrew it, or they have none
 * and the purpose is not assumed. Matching asks it before it indexes a profile (AI matching).
 */
@ApplicationScoped
public class ConsentReads {

    public static final String AI_MATCHING = "AI_MATCHING";
    public static final String PUBLIC_PROFILE = "PUBLIC_PROFILE";

    private static final String NOT_GIVEN = """
            SELECT a.id::text AS id
              FROM unnest($1::uuid[]) AS a(id)
              JOIN consent_purposes p ON p.purpose = $2
              LEFT JOIN LATERAL (SELECT given FROM consent_records c WHERE c.account_id = a.id AND c.purpose = p.purpose
                                  ORDER BY at DESC, id LIMIT 1) r ON true
             WHERE NOT coalesce(r.given, p.default_given)""";
    private static final String DEFAULT_GIVEN = "SELECT default_given FROM consent_purposes WHERE purpose = $1";

    private final Pool database;

    public ConsentReads(Pool database) {
        this.database = database;
    }

    public Uni<Set<String>> notGiven(Collection<String> accountIds, String purpose) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        UUID[] accounts = accountIds.stream().map(OwnerIds::account).flatMap(Optional::stream).toArray(UUID[]::new);
        List<String> others = accountIds.stream().filter(id -> OwnerIds.account(id).isEmpty()).toList();
        Uni<Set<String>> recorded = database.preparedQuery(NOT_GIVEN).execute(Tuple.of(accounts, purpose)).map(rows -> {
            Set<String> found = new HashSet<>();
            rows.forEach(row -> found.add(row.getString("id")));
            return found;
        });
        if (others.isEmpty()) {
            return recorded;
        }
        // Owners that are not accounts (the local cloud's demo talent) can have no record: the purpose's default holds.
        return recorded.chain(found -> database.preparedQuery(DEFAULT_GIVEN).execute(Tuple.of(purpose)).map(rows -> {
            if (!rows.iterator().next().getBoolean("default_given")) {
                found.addAll(others);
            }
            return found;
        }));
    }

    public Uni<Boolean> given(String accountId, String purpose) {
        return notGiven(Set.of(accountId), purpose).map(Set::isEmpty);
    }
}
