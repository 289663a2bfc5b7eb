package app.slate.search.indexer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.OpenSearchProbe;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Drives the handler with events/search-indexer/role-events.json: the role board follows role events. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class RoleIndexingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void listedRole_isOnTheBoard_andANewerUnlistedVersionTakesItOffForGood() throws Exception {
        String roleId = UUID.randomUUID().toString();
        String sample = Events.read("search-indexer", "role-events.json").replace("0c2d4e6f-8a1b-4c3d-9e5f-7a8b9c0d1e2f", roleId);

        deliver(event(sample, e -> { }));
        assertThat(OpenSearchProbe.document("roles", roleId).orElseThrow().path("_source").path("name").asText()).isEqualTo("Maya Hart");

        deliver(event(sample, e -> ((ObjectNode) e.path("payload")).put("version", 2).put("listed", false).remove("document")));
        assertThat(OpenSearchProbe.document("roles", roleId)).isEmpty();

        // The older, listed change arriving late does not bring the closed role back.
        deliver(event(sample, e -> { }));
        assertThat(OpenSearchProbe.document("roles", roleId)).isEmpty();
    }

    /** The sample batch as a new event (a fresh id), changed as given. */
    private static String event(String sample, Consumer<ObjectNode> change) throws Exception {
        ObjectNode batch = (ObjectNode) JSON.readTree(sample);
        ObjectNode message = (ObjectNode) batch.withArray("Records").get(0);
        ObjectNode event = (ObjectNode) JSON.readTree(message.path("body").asText());
        event.put("id", UUID.randomUUID().toString());
        change.accept(event);
        message.put("body", event.toString());
        return batch.toString();
    }

    private static void deliver(String batch) {
        given().contentType(ContentType.JSON).body(batch).when().post().then().statusCode(200).body("batchItemFailures", empty());
    }
}
