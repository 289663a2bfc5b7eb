package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Per-account limits ({@code PerAccountLimit}) through the real path: counters in DynamoDB, a 429
 * problem with {@code Retry-After} once one person's allowance is spent, other people unaffected,
 * and every limited route documented with its 429 in the API document.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AccountLimitsTest {

    /** The deployed allowance of {@code POST /media/uploads}: 120 an hour. */
    private static final int UPLOADS_AN_HOUR = 120;

    @Test
    void uploadStarts_overTheAllowance_are429WithRetryAfter_forThatPersonOnly() {
        String talent = TestTokens.newUser("talent");
        for (int i = 0; i < UPLOADS_AN_HOUR; i++) {
            assertThat(startUpload(talent).statusCode()).as("upload start %d", i + 1).isEqualTo(201);
        }
        // The windows are fixed hours: if one ended meanwhile, the next fills within as many again.
        Response refused = null;
        for (int i = 0; i <= UPLOADS_AN_HOUR && refused == null; i++) {
            Response answer = startUpload(talent);
            if (answer.statusCode() == 429) {
                refused = answer;
            } else {
                assertThat(answer.statusCode()).isEqualTo(201);
            }
        }
        assertThat(refused).as("a 429 within %d more", UPLOADS_AN_HOUR + 1).isNotNull();
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getInt("status")).isEqualTo(429);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.header("X-Correlation-Id")).isNotBlank();

        assertThat(startUpload(TestTokens.newUser("talent")).statusCode()).as("another person's allowance").isEqualTo(201);
    }

    @Test
    void everyLimitedRoute_documentsIts429_withRetryAfterAndTheAllowance() {
        JsonNode document = given().accept("application/json").get("/openapi").then().statusCode(200).extract().as(JsonNode.class);
        List<String> limited = List.of("get /talents", "get /talents/{id}", "get /roles/{roleId}/matches", "get /me/matches",
                "post /media/uploads", "post /projects/{projectId}/scripts", "post /conversations/{id}/messages",
                "post /shortlists/{shortlistId}/messages");
        for (String route : limited) {
            String[] parts = route.split(" ");
            JsonNode tooMany = document.path("paths").path(parts[1]).path(parts[0]).path("responses").path("429");
            assertThat(tooMany.path("headers").has("Retry-After")).as(route).isTrue();
            assertThat(tooMany.path("description").asText()).as(route).containsPattern("Over \\d+ requests (a minute|an hour|a day) by one person");
            assertThat(tooMany.path("content").has("application/problem+json")).as(route).isTrue();
        }
        assertThat(document.path("paths").path("/media/uploads").path("post").path("responses").path("429").path("description").asText())
                .startsWith("Over 120 requests an hour");
    }

    private static Response startUpload(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"contentType\":\"image/jpeg\",\"sizeBytes\":1000}").post("/media/uploads");
    }
}
