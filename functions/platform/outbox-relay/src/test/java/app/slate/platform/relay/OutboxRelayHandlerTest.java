package app.slate.platform.relay;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.platform.events.CastingEvents;
import app.slate.platform.events.EventType;
import app.slate.platform.events.TalentEvents;
import app.slate.platform.logging.Tracing;
import app.slate.platform.outbox.Outbox;
import app.slate.platform.outbox.OutboxRelay;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.SharedStandIns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueDoesNotExistException;

/** Drives the relay with events/outbox-relay/*.json and checks what reached the queues. */
@QuarkusTest
@QuarkusTestResource(value = RelayTestQueues.class, restrictToAnnotatedClass = false)
class OutboxRelayHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Outbox outbox;

    @Inject
    Pool database;

    @Inject
    SqsClient sqs;

    @Inject
    OutboxRelay relay;

    @Test
    void scheduledSweep_publishesCommittedEvents_toTheSubscribedQueue() throws Throwable {
        String profileId = UUID.randomUUID().toString();
        UUID eventId = profileChanged(profileId);

        trigger("schedule.json");

        JsonNode published = receiveEvent(queueUrl("SEARCH_INDEXER_QUEUE_URL"), eventId);
        assertThat(published.path("type").asText()).isEqualTo("talent.profile.changed");
        assertThat(published.path("payload").path("profileId").asText()).isEqualTo(profileId);
        assertThat(row(eventId).getOffsetDateTime("published_at")).isNotNull();
    }

    /** As Lambda's runtime holds an invocation's trace header, so the consumer's invocation joins the trace. */
    @Test
    void anEventRecordedInATracedInvocation_carriesItsTraceHeaderToTheQueue() throws Throwable {
        String header = "Root=1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 24) + ";Parent=53995c3f42cd8ad8;Sampled=1";
        UUID eventId;
        System.setProperty(Tracing.HEADER_PROPERTY, header);
        try {
            eventId = profileChanged(UUID.randomUUID().toString());
        } finally {
            System.clearProperty(Tracing.HEADER_PROPERTY);
        }
        assertThat(row(eventId).getString("trace_header")).isEqualTo(header);

        trigger("schedule.json");

        Message message = receiveMessage(queueUrl("SEARCH_INDEXER_QUEUE_URL"), eventId);
        assertThat(message.attributes()).containsEntry(MessageSystemAttributeName.AWS_TRACE_HEADER, header);
    }

    @Test
    void wakeUp_publishesToo() throws Throwable {
        UUID eventId = record(TalentEvents.PROFILE_DELETED, UUID.randomUUID().toString(),
                new TalentEvents.ProfileDeleted(UUID.randomUUID(), "owner", 2));

        trigger("wake.json");

        assertThat(receiveEvent(queueUrl("SEARCH_INDEXER_QUEUE_URL"), eventId).path("type").asText())
                .isEqualTo("talent.profile.deleted");
    }

    @Test
    void failedPublication_keepsTheEvent_andALaterRunDeliversIt() throws Throwable {
        // A rerun against the same stand-ins finds the queue an earlier run created: start without it.
        try {
            String leftOver = sqs.getQueueUrl(q -> q.queueName(RelayTestQueues.LATE_QUEUE)).queueUrl();
            sqs.deleteQueue(d -> d.queueUrl(leftOver));
        } catch (QueueDoesNotExistException absent) {
            // the usual case
        }
        UUID eventId = record(RelayTestQueues.LATE_EVENT, "late-1", new CastingEvents.ScriptUploaded(UUID.randomUUID(), UUID.randomUUID()));

        trigger("schedule.json");
        Row pending = row(eventId);
        assertThat(pending.getOffsetDateTime("published_at")).isNull();
        assertThat(pending.getString("last_error")).contains("late");
        assertThat(pending.getInteger("attempts")).isEqualTo(1);

        String lateQueue = sqs.createQueue(q -> q.queueName(RelayTestQueues.LATE_QUEUE)).queueUrl();
        Thread.sleep(1_200);
        trigger("schedule.json");

        assertThat(receiveEvent(lateQueue, eventId).path("aggregateId").asText()).isEqualTo("late-1");
        assertThat(row(eventId).getOffsetDateTime("published_at")).isNotNull();
    }

    @Test
    void publishedEvents_areNotPublishedAgain() throws Throwable {
        UUID eventId = profileChanged(UUID.randomUUID().toString());
        trigger("schedule.json");
        receiveEvent(queueUrl("SEARCH_INDEXER_QUEUE_URL"), eventId);

        trigger("schedule.json");

        assertThat(row(eventId).getInteger("attempts")).isEqualTo(1);
    }

    @Test
    void racingRelays_publishEachEventOnce() throws Throwable {
        String raceQueue = sqs.createQueue(q -> q.queueName(RelayTestQueues.RACE_QUEUE)).queueUrl();
        Set<String> recorded = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            recorded.add(record(RelayTestQueues.RACE_EVENT, "race-" + i, new CastingEvents.IngestionReceived(UUID.randomUUID())).toString());
        }

        ExecutorService relays = Executors.newFixedThreadPool(4);
        try {
            for (var run : relays.invokeAll(Collections.nCopies(4, relay::relayPending))) {
                run.get();
            }
        } finally {
            relays.shutdownNow();
        }

        List<String> published = new ArrayList<>();
        for (int attempt = 0; attempt < 10 && published.size() < recorded.size(); attempt++) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(raceQueue).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                published.add(JSON.readTree(message.body()).path("id").asText());
                sqs.deleteMessage(d -> d.queueUrl(raceQueue).receiptHandle(message.receiptHandle()));
            }
        }
        assertThat(published).hasSize(recorded.size()).containsExactlyInAnyOrderElementsOf(recorded);
    }

    @Test
    void scheduledRun_deletesWhatIsPastRetention_andNothingUndelivered() throws Throwable {
        UUID oldPublished = insert(TalentEvents.PROFILE_CHANGED.name(), 8, true);
        UUID recentPublished = insert(TalentEvents.PROFILE_CHANGED.name(), 1, true);
        UUID oldUndelivered = insert(CastingEvents.ROLE_CHANGED.name(), 8, false);

        trigger("schedule.json");

        assertThat(exists(oldPublished)).isFalse();
        assertThat(exists(recentPublished)).isTrue();
        assertThat(exists(oldUndelivered)).isTrue();
    }

    /** A row as the relay would have left it {@code daysAgo}: published then, or still waiting. */
    private UUID insert(String type, int daysAgo, boolean published) {
        UUID id = UUID.randomUUID();
        database.preparedQuery("""
                        INSERT INTO outbox_events (id, event_type, aggregate_type, aggregate_id, payload, occurred_at, published_at)
                        VALUES ($1, $2, 'test', 'retention', '{"roleId": null}', now() - make_interval(days => $3),
                                CASE WHEN $4 THEN now() - make_interval(days => $3) END)""")
                .execute(Tuple.of(id, type, daysAgo, published)).await().indefinitely();
        return id;
    }

    private boolean exists(UUID eventId) {
        return database.preparedQuery("SELECT 1 FROM outbox_events WHERE id = $1").execute(Tuple.of(eventId))
                .await().indefinitely().rowCount() == 1;
    }

    private UUID profileChanged(String profileId) throws Throwable {
        return record(TalentEvents.PROFILE_CHANGED, profileId,
                new TalentEvents.ProfileChanged(UUID.fromString(profileId), "owner", 1, false, null, 40));
    }

    private <P> UUID record(EventType<P> type, String aggregateId, P payload) throws Throwable {
        return io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(
                () -> outbox.record(type, aggregateId, payload))).id;
    }

    private Row row(UUID eventId) {
        return database.preparedQuery("SELECT published_at, last_error, attempts, trace_header FROM outbox_events WHERE id = $1")
                .execute(Tuple.of(eventId)).await().indefinitely().iterator().next();
    }

    private static void trigger(String event) {
        given().contentType(ContentType.JSON).body(Events.read("outbox-relay", event))
                .when().post().then().statusCode(200).body("batchItemFailures", empty());
    }

    private static String queueUrl(String variable) {
        return SharedStandIns.get().environment().get(variable);
    }

    private JsonNode receiveEvent(String queueUrl, UUID eventId) throws Exception {
        return JSON.readTree(receiveMessage(queueUrl, eventId).body());
    }

    /** Reads the queue until the event shows up; other tests' events on the same queue are left alone. */
    private Message receiveMessage(String queueUrl, UUID eventId) throws Exception {
        List<String> seen = new ArrayList<>();
        for (int attempt = 0; attempt < 20; attempt++) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10)
                    .messageSystemAttributeNames(MessageSystemAttributeName.AWS_TRACE_HEADER)
                    .waitTimeSeconds(1).visibilityTimeout(0)).messages()) {
                JsonNode event = JSON.readTree(message.body());
                seen.add(event.path("id").asText());
                if (event.path("id").asText().equals(eventId.toString())) {
                    sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                    return message;
                }
            }
        }
        throw new AssertionError("event " + eventId + " never reached " + URI.create(queueUrl).getPath() + "; saw " + seen);
    }
}
