package app.slate.trust.reads;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

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
              FROM unnest($1::text[]) AS a(id)
              JOIN consent_purposes p ON p.purpose = $2
              LEFT JOIN LATERAL (SELECT given FROM consent_records c WHERE c.account_id::text = a.id AND c.purpose = p.purpose
                                  ORDER BY at DESC, id LIMIT 1) r ON true
             WHERE NOT coalesce(r.given, p.default_given)""";

    private final Pool database;

    public ConsentReads(Pool database) {
        this.database = database;
    }

    public Uni<Set<String>> notGiven(Collection<String> accountIds, String purpose) {
        if (accountIds.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return database.preparedQuery(NOT_GIVEN).execute(Tuple.of(accountIds.toArray(String[]::new), purpose)).map(rows -> {
            Set<String> found = new HashSet<>();
            rows.forEach(row -> found.add(row.getString("id")));
            return found;
        });
    }

    public Uni<Boolean> given(String accountId, String purpose) {
        return notGiven(Set.of(accountId), purpose).map(Set::isEmpty);
    }
}
