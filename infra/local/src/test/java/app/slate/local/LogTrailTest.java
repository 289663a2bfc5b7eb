package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One correlation id follows a request through the logs (JSON lines, as deployed functions write
 * them; the local cloud's tests keep them in target/local-cloud.log.json): the HTTP line of the
 * route, the outbox row, and every consumer that handled the events it caused. And a run's logs hold
 * none of the person's secrets or contact details: no access or refresh token, password or email.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LogTrailTest {

    private static final Path LOG = Path.of("target/local-cloud.log.json");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool database;

    @Test
    void oneCorrelationId_findsEverythingARequestCaused_andNoSecretIsLogged() {
        String correlation = "trail-" + UUID.randomUUID();
        String email = World.newEmail();
        given().contentType(ContentType.JSON).body(World.registration(email)).post("/auth/register").then().statusCode(201);
        JsonPath login = given().contentType(ContentType.JSON).body(World.credentials(email)).post("/auth/login").then().statusCode(200)
                .extract().jsonPath();
        String access = login.getString("accessToken");
        String refresh = login.getString("refreshToken");
        given().contentType(ContentType.JSON).body("{\"refreshToken\":\"" + refresh + "\"}").post("/auth/refresh").then().statusCode(200);

        String profile = given().auth().oauth2(access).header("X-Correlation-Id", correlation).contentType(ContentType.JSON)
                .body(Fixtures.profile("complete").toString()).post("/talents/me")
                .then().statusCode(201).header("X-Correlation-Id", correlation).extract().path("id");

        String stored = database.preparedQuery("SELECT correlation_id FROM outbox_events WHERE aggregate_id = $1 ORDER BY occurred_at LIMIT 1")
                .execute(Tuple.of(profile)).await().atMost(Duration.ofSeconds(10)).iterator().next().getString(0);
        assertThat(stored).isEqualTo(correlation);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<JsonNode> trail = lines().stream().filter(line -> correlation.equals(line.path("mdc").path("correlationId").asText())).toList();
            assertThat(trail).anySatisfy(line -> {
                assertThat(line.path("mdc").path("route").asText()).isEqualTo("POST /talents/me");
                assertThat(line.path("message").asText()).startsWith("POST /talents/me answered 201");
                assertThat(line.path("mdc").path("callerId").asText()).isNotBlank();
            });
            assertThat(trail).extracting(line -> line.path("mdc").path("consumer").asText())
                    .contains("search-indexer", "matching-worker", "notifications-worker");
        });

        // A request without the header gets an id of its own, answered back.
        assertThat(given().auth().oauth2(access).get("/talents/me").then().statusCode(200).extract().header("X-Correlation-Id")).isNotBlank();
        // A header that is not an id (too long, odd characters) is not taken.
        assertThat(given().auth().oauth2(access).header("X-Correlation-Id", "<script>").get("/talents/me").then().statusCode(200)
                .extract().header("X-Correlation-Id")).isNotEqualTo("<script>");

        String everything = text();
        for (String secret : List.of(access, refresh, email, World.PASSWORD, access.substring(access.lastIndexOf('.') + 1))) {
            assertThat(everything).as("a secret or an email in the logs").doesNotContain(secret);
        }
    }

    private static List<JsonNode> lines() {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            try {
                lines.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new AssertionError("a log line that is not JSON: " + line, e);
            }
        }
        return lines;
    }

    private static String text() {
        try {
            return Files.readString(LOG);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
