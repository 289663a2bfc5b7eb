package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code ./slate run --per-function}: the local cloud routes each request of a template route to
 * the function's own process (started from its function.zip on the first request, with the
 * template's environment), and hands queue and schedule events to the consumers' processes. A
 * profile created through talent-api's process reaches search through outbox-relay's and
 * search-indexer's, and none of it ran in the local cloud's JVM.
 */
@QuarkusTest
@TestProfile(PerFunctionTest.PerFunction.class)
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class PerFunctionTest {

    public static class PerFunction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("slate.local.per-function", "true");
        }
    }

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void aProfileMadeThroughTalentApisProcess_reachesSearchThroughTheConsumersProcesses() {
        String talent = TestTokens.newUser("talent");
        String skill = "PerFunction" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode profile = Fixtures.profile("complete");
        profile.withArray("skills").removeAll();
        profile.withArray("skills").addObject().put("name", skill).put("category", "OTHER").put("level", "ADVANCED");

        String profileId = given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");

        String casting = TestTokens.newUser("casting");
        await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> assertThat(given().auth().oauth2(casting)
                .queryParam("skill", skill).get("/talents").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactly(profileId));
        List<Map<String, Object>> running = given().get("/local/functions").then().statusCode(200).extract().jsonPath().getList("$");
        long own = ProcessHandle.current().pid();
        for (String function : List.of("talent-api", "outbox-relay", "search-indexer")) {
            assertThat(running).filteredOn(f -> f.get("function").equals(function)).singleElement()
                    .satisfies(f -> assertThat((List<?>) f.get("processes")).isNotEmpty()
                            .allSatisfy(pid -> assertThat(((Number) pid).longValue()).isNotEqualTo(own)
                                    .satisfies(p -> assertThat(ProcessHandle.of(p).map(ProcessHandle::isAlive)).contains(true))));
        }
    }

    @Test
    void aRouteBehindTheAuthorizer_withoutAToken_isRefusedByTheGateway_andAnOpenRouteIsAnswered() {
        given().get("/talents/me").then().statusCode(401).body("message", equalTo("Unauthorized"));
        given().get("/health").then().statusCode(200);
    }
}
