package app.slate.trust.audit;

import app.slate.platform.events.AuditEvents.ActionRecorded;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Appends to the audit log, one entry at a time: appends take one advisory lock, so the chain has
 * one order whatever the worker's concurrency, and an event already in the log is not appended again.
 */
@ApplicationScoped
public class AuditLog {

    /** The advisory lock every append (and retention's prune) takes: the chain has one writer at a time. */
    static final long CHAIN_LOCK = 0x5A1A7E_A0D17L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private static final String LAST = """
            SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1""";
    private static final String ANCHOR = "SELECT seq, hash FROM audit_anchor WHERE id = 1";
    private static final String ADD_PERSON = """
            INSERT INTO audit_people (account_id, pseudonym, seal_key) VALUES ($1, $2, $3) ON CONFLICT (account_id) DO NOTHING""";
    private static final String PEOPLE = "SELECT account_id, pseudonym, seal_key FROM audit_people WHERE account_id = ANY($1)";
    private static final String INSERT = """
            INSERT INTO audit_log (seq, event_id, at, action, actor, acting_guardian, subject, target_kind, sealed_object,
                                   sealed_source, request_id, previous_hash, hash)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)""";

    private final Pool database;
    private final ObjectMapper json;

    public AuditLog(Pool database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Appends the action unless its event is in the log already; true when it was appended. */
    public Uni<Boolean> append(UUID eventId, ActionRecorded action) {
        return database.withTransaction(connection -> connection.preparedQuery("SELECT pg_advisory_xact_lock($1)")
                .execute(Tuple.of(CHAIN_LOCK))
                .chain(() -> connection.preparedQuery("SELECT 1 FROM audit_log WHERE event_id = $1").execute(Tuple.of(eventId)))
                .chain(found -> found.size() > 0 ? Uni.createFrom().item(false) : appendNew(connection, eventId, action)));
    }

    private Uni<Boolean> appendNew(SqlConnection connection, UUID eventId, ActionRecorded action) {
        Set<UUID> people = new LinkedHashSet<>();
        for (UUID person : new UUID[] {action.actorId(), action.actingGuardianId(), action.subjectId()}) {
            if (person != null) {
                people.add(person);
            }
        }
        List<Tuple> additions = people.stream().map(person -> Tuple.of(person, newPseudonym(), Seal.newKey())).toList();
        Uni<Void> added = additions.isEmpty() ? Uni.createFrom().voidItem()
                : connection.preparedQuery(ADD_PERSON).executeBatch(additions).replaceWithVoid();
        return added
                .chain(() -> connection.preparedQuery(PEOPLE).execute(Tuple.of(people.toArray(UUID[]::new))))
                .chain(rows -> {
                    Map<UUID, Person> known = new HashMap<>();
                    rows.forEach(row -> known.put(row.getUUID("account_id"),
                            new Person(row.getString("pseudonym"), row.getBuffer("seal_key").getBytes())));
                    return last(connection).chain(previous -> {
                        AuditEntry entry = entry(previous, eventId, action, known);
                        return connection.preparedQuery(INSERT).execute(Tuple.from(new Object[] {entry.seq(), entry.eventId(),
                                entry.at().atOffset(ZoneOffset.UTC), entry.action(), entry.actor(), entry.actingGuardian(), entry.subject(),
                                entry.targetKind(), entry.sealedObject(), entry.sealedSource(), entry.requestId(), entry.previousHash(),
                                entry.hash()})).replaceWith(true);
                    });
                });
    }

    private AuditEntry entry(Link previous, UUID eventId, ActionRecorded action, Map<UUID, Person> people) {
        Person actor = people.get(action.actorId());
        Person subject = people.get(action.subjectId());
        Person objectOwner = subject != null ? subject : actor;
        String object = objectText(action);
        String sealedObject = objectOwner == null ? object : Seal.close(objectOwner.key(), object);
        // An anonymous visitor's address is sealed for the person they looked at.
        Person sourceOwner = actor != null ? actor : subject;
        String sealedSource = sourceOwner == null || action.sourceAddress() == null ? null
                : Seal.close(sourceOwner.key(), action.sourceAddress());
        AuditEntry unhashed = new AuditEntry(previous.seq() + 1, eventId, action.at(), action.action(), pseudonym(actor),
                pseudonym(people.get(action.actingGuardianId())), pseudonym(subject), kindOf(action.target()), sealedObject, sealedSource,
                action.requestId(), previous.hash(), null);
        return unhashed.withHash(AuditChain.hash(unhashed));
    }

    /** The last entry, or the anchor when retention has removed every entry (or none was ever written). */
    static Uni<Link> last(SqlConnection connection) {
        return connection.query(LAST).execute().chain(rows -> rows.size() > 0 ? Uni.createFrom().item(link(rows.iterator().next()))
                : connection.query(ANCHOR).execute().map(anchor -> link(anchor.iterator().next())));
    }

    private static Link link(Row row) {
        return new Link(row.getLong("seq"), row.getString("hash"));
    }

    private String objectText(ActionRecorded action) {
        Map<String, String> object = new HashMap<>();
        object.put("target", action.target());
        object.put("detail", action.detail());
        try {
            return json.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "media" of "media:…": the kind of object stays searchable in the clear, its id is sealed. */
    static String kindOf(String target) {
        if (target == null) {
            return null;
        }
        int colon = target.indexOf(':');
        return colon < 0 ? target : target.substring(0, colon);
    }

    private static String pseudonym(Person person) {
        return person == null ? null : person.pseudonym();
    }

    private static String newPseudonym() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    record Link(long seq, String hash) {
    }

    private record Person(String pseudonym, byte[] key) {
    }
}
