package app.slate.search.indexer;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.OpenSearchProbe;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** In a new collection the first event creates the talent index from infra/opensearch/talents.json. */
@QuarkusTest
@TestProfile(TalentIndexBootstrapTest.FreshIndex.class)
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class TalentIndexBootstrapTest {

    static final String INDEX = "talents-bootstrap-test";

    public static class FreshIndex implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            OpenSearchProbe.deleteIndex(INDEX);
            return Map.of("TALENT_INDEX", INDEX);
        }
    }

    @Test
    void firstEvent_createsTheIndexWithItsMapping_andIndexesIntoIt() {
        // A fresh event id, so that a rerun against the same stand-ins is not taken for a duplicate.
        String batch = Events.read("search-indexer", "profile-events.json")
                .replace("5b0f3c8e-7a52-4d0e-9a39-1f1f0e8a0b01", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(batch)
                .when().post().then().statusCode(200).body("batchItemFailures", empty());

        JsonNode mapping = OpenSearchProbe.mapping(INDEX).orElseThrow();
        assertThat(mapping.path("dynamic").asText()).isEqualTo("strict");
        assertThat(mapping.path("properties").path("location").path("type").asText()).isEqualTo("geo_point");
        assertThat(OpenSearchProbe.document(INDEX, "8f14e45f-ceea-467a-9575-4a1b0f3c2d11")).isPresent();
    }
}
