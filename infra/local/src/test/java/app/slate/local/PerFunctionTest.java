package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * {@code ./slate run --per-function}: the local cloud routes each request of a template route to
 * the function's own process (started from its function.zip on the first request, with the
 * template's environment), and hands queue and schedule events to the consumers' processes. A
 * profile created through talent-api's process reaches search through outbox-relay's and
 * search-indexer's, none of it in the local cloud's JVM, and all of it in one X-Ray trace that the
 * request's correlation id leads to.
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
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProfileMadeThroughTalentApisProcess_reachesSearchThroughTheConsumersProcesses_inOneTrace() throws IOException {
        String talent = TestTokens.newUser("talent");
        String skill = "PerFunction" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode profile = Fixtures.profile("complete");
        profile.withArray("skills").removeAll();
        profile.withArray("skills").addObject().put("name", skill).put("category", "OTHER").put("level", "ADVANCED");

        var created = given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract();
        String profileId = created.path("id");
        String correlationId = created.header("X-Correlation-Id");

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

        // One id finds everything: the request's correlation id leads, in talent-api's log, to its
        // trace, which holds its AWS calls and the indexer's invocation across the outbox hop.
        String traceId = traceOf(correlationId);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(given().get("/local/traces/" + traceId).then().statusCode(200)
                .extract().jsonPath().getList("collect { it.name + (it.origin ? ' ' + it.origin : '') }", String.class))
                .contains("talent-api AWS::Lambda::Function", "DynamoDb", "Sqs", "search-indexer AWS::Lambda::Function"));
    }

    private static String traceOf(String correlationId) throws IOException {
        Path functions = Path.of(ConfigProvider.getConfig().getValue("slate.standins.state-file", String.class)).resolveSibling("functions");
        try (Stream<Path> logs = Files.list(functions)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().matches("talent-api-\\d+\\.log")).toList()) {
                for (String line : Files.readAllLines(log)) {
                    if (line.startsWith("{") && line.contains(correlationId)) {
                        JsonNode mdc = JSON.readTree(line).path("mdc");
                        if (mdc.path("correlationId").asText().equals(correlationId) && mdc.has("traceId")) {
                            return mdc.path("traceId").asText();
                        }
                    }
                }
            }
        }
        throw new AssertionError("talent-api logged no line with correlation id " + correlationId);
    }

    @Test
    void aRouteBehindTheAuthorizer_withoutAToken_isRefusedByTheGateway_andAnOpenRouteIsAnswered() {
        given().get("/talents/me").then().statusCode(401).body("message", equalTo("Unauthorized"));
        given().get("/health").then().statusCode(200);
    }
}
