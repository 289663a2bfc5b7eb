package app.slate.trust.consent;

import app.slate.platform.events.ConsentEvents;
import app.slate.platform.events.ConsentEvents.ConsentChanged;
import app.slate.platform.events.IdentityEvents.AccountChanged;
import app.slate.platform.outbox.AlongsideChange;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Consent records: each purpose's current version, and every consent given or withdrawn, appended
 * and never changed (the latest per person and purpose holds). A change is to the version the
 * person was shown, which must be the current one; a change to AI matching tells matching, in the
 * same transaction.
 */
@ApplicationScoped
public class Consents {

    private static final String STATES = """
            SELECT p.purpose, p.version AS current_version, p.renew_on_change, p.default_given,
                   r.given, r.version, r.source, r.at
              FROM consent_purposes p
              LEFT JOIN LATERAL (SELECT given, version, source, at FROM consent_records c
                                  WHERE c.account_id = $1 AND c.purpose = p.purpose ORDER BY at DESC, id LIMIT 1) r ON true
             ORDER BY p.purpose""";
    private static final String PURPOSE = "SELECT version FROM consent_purposes WHERE purpose = $1 FOR SHARE";
    private static final String RECORD = """
            INSERT INTO consent_records (id, account_id, purpose, version, given, source, acting_guardian, request_id, at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, clock_timestamp()) ON CONFLICT (id) DO NOTHING""";
    private static final String CURRENT_VERSIONS = "SELECT purpose, version FROM consent_purposes";
    private static final String PUBLISH = """
            UPDATE consent_purposes SET version = $2, published_at = now() WHERE purpose = $1 AND version <> $2""";

    private final Pool database;
    private final Outbox outbox;

    public Consents(Pool database, Outbox outbox) {
        this.database = database;
        this.outbox = outbox;
    }

    public Uni<List<ConsentView>> of(UUID accountId) {
        return database.preparedQuery(STATES).execute(Tuple.of(accountId)).map(rows -> {
            List<ConsentView> views = new ArrayList<>();
            rows.forEach(row -> views.add(view(row)));
            return views;
        });
    }

    private static ConsentView view(Row row) {
        boolean recorded = row.getBoolean("given") != null;
        boolean given = recorded ? row.getBoolean("given") : row.getBoolean("default_given");
        String current = row.getString("current_version");
        String version = recorded ? row.getString("version") : given ? current : null;
        Purpose purpose = Purpose.valueOf(row.getString("purpose"));
        // A guardian's consent concerns only minors' accounts, which have one from their registration.
        boolean concerned = recorded || purpose != Purpose.GUARDIAN_CONSENT;
        boolean renewalNeeded = concerned && row.getBoolean("renew_on_change") && !(given && current.equals(version));
        return new ConsentView(purpose, given, version, current, renewalNeeded,
                recorded ? row.getOffsetDateTime("at").toInstant() : null, recorded ? ConsentSource.valueOf(row.getString("source")) : null);
    }

    /**
     * Gives or withdraws, in one transaction with {@code alongside} (the audit entry) and, for AI
     * matching, the event matching acts on. The version must be the purpose's current one (409 naming
     * it otherwise): nobody consents to a text they were not shown.
     */
    public Uni<Void> change(UUID accountId, Purpose purpose, ConsentRequest request, ConsentSource source, UUID actingGuardian,
                            String requestId, AlongsideChange alongside) {
        if (!request.given() && !purpose.withdrawable()) {
            throw ProblemException.conflict("Slate cannot serve anyone without consent to its " + purpose.name().toLowerCase().replace('_', ' ')
                    + "; to withdraw it, delete your account (DELETE /me).");
        }
        return database.withTransaction(connection -> connection.preparedQuery(PURPOSE).execute(Tuple.of(purpose.name())).chain(rows -> {
            String current = rows.iterator().next().getString("version");
            if (!current.equals(request.version())) {
                throw new ProblemException(Problem.of("consent-version-outdated", "Not the current version", 409,
                        "The current version of " + purpose.name() + " is " + current + "; show it and ask again.",
                        List.of(new app.slate.platform.problem.FieldError("version", "must be " + current))));
            }
            return insert(connection, UUID.randomUUID(), accountId, purpose, current, request.given(), source, actingGuardian, requestId)
                    .chain(() -> alongside.write(connection))
                    .chain(() -> purpose == Purpose.AI_MATCHING ? outbox.record(connection, ConsentEvents.CHANGED,
                            Map.of(accountId.toString(), new ConsentChanged(accountId, purpose.name(), request.given(), current)))
                            : Uni.createFrom().voidItem());
        }));
    }

    /**
     * What registering means: the terms and privacy policy accepted in their current versions, and
     * for a minor the guardian's consent to the terms for minors in the version they were shown.
     * Once per registration event, whatever its deliveries (ids derived from the event).
     */
    public Uni<Void> registered(UUID eventId, AccountChanged account) {
        return database.withTransaction(connection -> connection.query(CURRENT_VERSIONS).execute().chain(rows -> {
            Map<String, String> versions = new java.util.HashMap<>();
            rows.forEach(row -> versions.put(row.getString("purpose"), row.getString("version")));
            List<Uni<Void>> inserts = new ArrayList<>();
            for (Purpose purpose : List.of(Purpose.TERMS, Purpose.PRIVACY_POLICY)) {
                ConsentSource source = account.guardianId() == null ? ConsentSource.REGISTRATION : ConsentSource.GUARDIAN;
                inserts.add(insert(connection, derived(eventId, purpose), account.accountId(), purpose, versions.get(purpose.name()), true,
                        source, account.guardianId(), null));
            }
            if (account.guardianId() != null && account.guardianConsentVersion() != null) {
                inserts.add(insert(connection, derived(eventId, Purpose.GUARDIAN_CONSENT), account.accountId(), Purpose.GUARDIAN_CONSENT,
                        account.guardianConsentVersion(), true, ConsentSource.GUARDIAN, account.guardianId(), null));
            }
            return Uni.join().all(inserts).andFailFast().replaceWithVoid();
        }));
    }

    /** A new version of a purpose: for one that asks again, everyone's consent must be given anew. True when it changed. */
    public Uni<Boolean> publish(Purpose purpose, String version, AlongsideChange alongside) {
        return database.withTransaction(connection -> connection.preparedQuery(PUBLISH).execute(Tuple.of(purpose.name(), version))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(false) : alongside.write(connection).replaceWith(true)));
    }

    private static Uni<Void> insert(SqlConnection connection, UUID id, UUID accountId, Purpose purpose, String version, boolean given,
                                    ConsentSource source, UUID actingGuardian, String requestId) {
        return connection.preparedQuery(RECORD).execute(Tuple.from(new Object[] {id, accountId, purpose.name(), version, given,
                source.name(), actingGuardian, requestId})).replaceWithVoid();
    }

    private static UUID derived(UUID eventId, Purpose purpose) {
        return UUID.nameUUIDFromBytes((eventId + ":" + purpose).getBytes(StandardCharsets.UTF_8));
    }
}
