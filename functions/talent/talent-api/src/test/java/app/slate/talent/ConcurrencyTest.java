package app.slate.talent;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Racing requests on one profile end as one success and conflicts, never as server errors. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ConcurrencyTest {

    private static final int RACERS = 8;

    @Test
    void concurrentCreates_makeOneProfile_andTheRestAreConflicts() throws Exception {
        String token = TestTokens.newUser("talent");
        List<Integer> statuses = race(() -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Fixtures.profile("minimal").toString()).post("/talents/me").statusCode());

        assertThat(statuses).containsOnly(201, 409);
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
    }

    @Test
    void concurrentReplaces_neverFailOnTheServer() throws Exception {
        String token = TestTokens.newUser("talent");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201);
        List<Integer> statuses = race(() -> {
            ObjectNode profile = Fixtures.profile("minimal");
            profile.put("bio", "Version " + Thread.currentThread().getName());
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(profile.toString())
                    .put("/talents/me").statusCode();
        });

        assertThat(statuses).allMatch(s -> s == 200 || s == 409).contains(200);
        int version = given().auth().oauth2(token).get("/talents/me").then().statusCode(200).extract().path("version");
        assertThat(version).isEqualTo((int) statuses.stream().filter(s -> s == 200).count());
    }

    private static List<Integer> race(Callable<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Integer>> results = pool.invokeAll(IntStream.range(0, RACERS).mapToObj(i -> request).toList());
            return results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
