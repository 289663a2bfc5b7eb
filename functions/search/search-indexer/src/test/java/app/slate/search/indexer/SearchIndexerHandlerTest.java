package app.slate.search.indexer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.OpenSearchProbe;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the handler with events/search-indexer/profile-events.json through the Lambda mock event server. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SearchIndexerHandlerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CHANGED = 0;
    private static final int DELETED = 1;

    private String profileId;
    private ObjectNode sample;

    /** Fresh profile and event ids per test, so that reruns against the same stand-ins start clean. */
    @BeforeEach
    void freshIds() throws Exception {
        profileId = UUID.randomUUID().toString();
        sample = (ObjectNode) JSON.readTree(Events.read("search-indexer", "profile-events.json"));
        sample = batch(CHANGED, event -> {
            event.put("id", UUID.randomUUID().toString());
            ((ObjectNode) event.path("payload")).put("profileId", profileId);
            ((ObjectNode) event.path("payload").path("document")).put("id", profileId);
        });
        sample = batch(DELETED, event -> event.put("id", UUID.randomUUID().toString()));
    }

    @Test
    void changedProfile_isIndexedAtItsVersion() {
        deliver(sample).body("batchItemFailures", empty());

        JsonNode stored = OpenSearchProbe.document("talents", profileId).orElseThrow();
        assertThat(stored.path("_version").asLong()).isEqualTo(3);
        assertThat(stored.path("_source").path("displayName").asText()).isEqualTo("Amara Oak");
    }

    @Test
    void sameEventDeliveredTwice_isAppliedOnce() {
        deliver(sample).body("batchItemFailures", empty());
        // A newer change lands in between; the redelivered older event must not undo it.
        deliver(batch(CHANGED, event -> {
            event.put("id", UUID.randomUUID().toString());
            ((ObjectNode) event.path("payload")).put("version", 4);
            ((ObjectNode) event.path("payload").path("document")).put("displayName", "Amara O.");
        })).body("batchItemFailures", empty());
        deliver(sample).body("batchItemFailures", empty());

        JsonNode stored = OpenSearchProbe.document("talents", profileId).orElseThrow();
        assertThat(stored.path("_version").asLong()).isEqualTo(4);
        assertThat(stored.path("_source").path("displayName").asText()).isEqualTo("Amara O.");
    }

    @Test
    void olderEventArrivingLate_doesNotOverwriteANewerOne() {
        deliver(sample).body("batchItemFailures", empty());
        deliver(batch(CHANGED, event -> {
            event.put("id", UUID.randomUUID().toString());
            ((ObjectNode) event.path("payload")).put("version", 2);
            ((ObjectNode) event.path("payload").path("document")).put("displayName", "Old Name");
        })).body("batchItemFailures", empty());

        assertThat(OpenSearchProbe.document("talents", profileId).orElseThrow()
                .path("_source").path("displayName").asText()).isEqualTo("Amara Oak");
    }

    @Test
    void poisonMessage_failsAlone_whileTheRestOfItsBatchSucceeds() {
        ObjectNode poisoned = sample.deepCopy();
        ((ObjectNode) poisoned.withArray("Records").get(DELETED)).put("body", "this is not an event");

        deliver(poisoned).body("batchItemFailures.itemIdentifier",
                contains(poisoned.withArray("Records").get(DELETED).path("messageId").asText()));
        assertThat(OpenSearchProbe.document("talents", profileId)).isPresent();
    }

    @Test
    void deletedProfile_leavesTheIndex() {
        deliver(sample).body("batchItemFailures", empty());
        deliver(batch(DELETED, event -> {
            event.put("id", UUID.randomUUID().toString());
            ((ObjectNode) event.path("payload")).put("profileId", profileId);
        })).body("batchItemFailures", empty());

        assertThat(OpenSearchProbe.document("talents", profileId)).isEmpty();
    }

    /** A copy of the sample batch with one record's event envelope changed. */
    private ObjectNode batch(int record, Consumer<ObjectNode> change) {
        try {
            ObjectNode copy = sample.deepCopy();
            ObjectNode message = (ObjectNode) ((ArrayNode) copy.path("Records")).get(record);
            ObjectNode event = (ObjectNode) JSON.readTree(message.path("body").asText());
            change.accept(event);
            message.put("body", event.toString());
            return copy;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ValidatableResponse deliver(ObjectNode sqsBatch) {
        return given().contentType(ContentType.JSON).body(sqsBatch.toString()).when().post().then().statusCode(200);
    }
}
