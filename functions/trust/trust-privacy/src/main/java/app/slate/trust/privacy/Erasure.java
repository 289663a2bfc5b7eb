package app.slate.trust.privacy;

import app.slate.platform.blocking.Await;
import app.slate.platform.dynamodb.SessionRevocations;
import app.slate.platform.events.AuditAction;
import app.slate.platform.events.AuditEvents;
import app.slate.platform.events.AuditEvents.ActionRecorded;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.privacy.Person;
import app.slate.platform.privacy.PersonalData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Runs an erasure that is due: the account's last tokens are refused first, then every context's
 * {@link PersonalData} erases in order, each area's receipt lines saved as it finishes (a crash
 * resumes after the last finished area; an area itself is one transaction or repeatable calls).
 * The signed receipt names the request, the stores and the counts, never the person; the request
 * row then forgets the account too.
 */
@ApplicationScoped
public class Erasure {

    private static final Logger LOG = Logger.getLogger(Erasure.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final ErasureRequests requests;
    private final List<PersonalData> areas;
    private final People people;
    private final SessionRevocations revocations;
    private final ReceiptSignature signature;
    private final Outbox outbox;

    public Erasure(ErasureRequests requests, Instance<PersonalData> areas, People people, SessionRevocations revocations,
                   ReceiptSignature signature, Outbox outbox) {
        this.requests = requests;
        this.areas = areas.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList();
        this.people = people;
        this.revocations = revocations;
        this.signature = signature;
        this.outbox = outbox;
    }

    public void run(UUID requestId) {
        ErasureRequests.Running running = requests.start(requestId).await().atMost(Await.LIMIT).orElse(null);
        if (running == null) {
            return; // done, cancelled or not yet due: a repeated or early announcement changes nothing
        }
        long began = System.nanoTime();
        revocations.endAccount(running.accountId().toString(), Instant.now());
        Person person = people.of(running.accountId());
        ObjectNode lines = running.linesSoFar().deepCopy();
        for (PersonalData area : areas) {
            erase(requestId, area.area(), area, person, lines);
        }
        for (PersonalData area : areas) {
            if (area.sweptLast()) {
                erase(requestId, area.area() + "-swept-last", area, person, lines);
            }
        }
        Instant completed = Instant.now();
        ObjectNode receipt = JSON.createObjectNode().put("receipt", "slate.erasure/1").put("request", requestId.toString())
                .put("completedAt", completed.toString());
        receipt.set("stores", lines);
        String signed = signature.sign(receipt);
        ActionRecorded audited = new ActionRecorded(AuditAction.ERASURE_COMPLETED.code(), null, null, null, "erasure:" + requestId,
                "erased across " + lines.size() + " areas", completed, null, null);
        requests.complete(requestId, completed, receipt, signed,
                connection -> outbox.record(connection, AuditEvents.RECORDED, Map.of(requestId.toString(), audited))).await().atMost(Await.LIMIT);
        LOG.infof("erasure %s done in %d ms across %d areas", requestId, (System.nanoTime() - began) / 1_000_000, lines.size());
    }

    /** One area's pass, skipped when a run before a crash finished it; its lines are saved before the next begins. */
    private void erase(UUID requestId, String name, PersonalData area, Person person, ObjectNode lines) {
        if (!lines.has(name)) {
            JsonNode done = JSON.valueToTree(area.erase(person));
            requests.areaDone(requestId, name, done).await().atMost(Await.LIMIT);
            lines.set(name, done);
        }
    }
}
