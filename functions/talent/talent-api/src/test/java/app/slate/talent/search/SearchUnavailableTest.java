package app.slate.talent.search;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With OpenSearch out of reach (here: an address where nothing listens), talent search answers
 * 503 with Retry-After, a problem the app can show and retry, while what needs only the database
 * keeps working: a talent still writes their profile (its search event waits in the outbox).
 */
@QuarkusTest
@TestProfile(SearchUnavailableTest.SearchDown.class)
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SearchUnavailableTest {

    public static class SearchDown implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("slate.search.endpoint", "http://127.0.0.1:9");
        }
    }

    @Test
    void search_answers503WithRetryAfter_andProfilesStillSave() {
        Response search = given().auth().oauth2(TestTokens.newUser("casting")).queryParam("q", "actor").get("/talents");
        assertThat(search.statusCode()).isEqualTo(503);
        assertThat(search.contentType()).startsWith("application/problem+json");
        assertThat(search.jsonPath().getString("type")).endsWith("/unavailable");
        assertThat(search.header("Retry-After")).isEqualTo("30");

        given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201);
    }
}
