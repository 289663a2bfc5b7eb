package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.SharedStandIns;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentSkipListSet;
import org.junit.jupiter.api.Test;

/**
 * The fault suite's short version ({@code ./slate chaos} runs it in full, under load, against
 * {@code ./slate run}): PostgreSQL restarted beneath the API, and the stand-ins' JVM (SQS, with
 * DynamoDB and S3) stopped for a few seconds. The API answers or says 503, never 500; afterwards
 * it answers again, and a change made across the fault reaches search: no event is lost. Killing
 * the local cloud mid-batch is {@code ./slate chaos}'s alone: here the cloud is the test's own JVM.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class FaultsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void postgresRestarted_theApiRecoversWithoutA500_andAChangeAfterwardsReachesSearch() throws Exception {
        String talent = TestTokens.newUser("talent");
        String profileId = create(talent, marker());

        Faults.restartPostgres(SharedStandIns.get());

        String skill = marker();
        Set<Integer> statuses = new ConcurrentSkipListSet<>();
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> {
            int status = change(talent, skill);
            statuses.add(status);
            return status == 200;
        });
        assertThat(statuses).allMatch(status -> status == 200 || status == 503);
        reachesSearch(profileId, skill);
    }

    @Test
    void awsStandInsStopped_aChangeMadeMeanwhileIsAnswered_andReachesSearchAfterwards() {
        String talent = TestTokens.newUser("talent");
        String profileId = create(talent, marker());
        long standIns = SharedStandIns.get().pid();

        CompletableFuture<Void> fault = CompletableFuture.runAsync(() -> {
            try {
                Faults.stopFor(standIns, Duration.ofSeconds(5));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        String skill = marker();
        assertThat(change(talent, skill)).isEqualTo(200);
        fault.join();
        reachesSearch(profileId, skill);
    }

    private static String marker() {
        return "Fault" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static ObjectNode profile(String skill) {
        ObjectNode profile = Fixtures.profile("complete");
        profile.withArray("skills").removeAll();
        profile.withArray("skills").addObject().put("name", skill).put("category", "OTHER").put("level", "ADVANCED");
        return profile;
    }

    private static String create(String talent, String skill) {
        return given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile(skill).toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
    }

    private static int change(String talent, String skill) {
        return given().auth().oauth2(talent).contentType(ContentType.JSON).body(profile(skill).toString())
                .put("/talents/me").statusCode();
    }

    private static void reachesSearch(String profileId, String skill) {
        String casting = TestTokens.newUser("casting");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> assertThat(given().auth().oauth2(casting)
                .queryParam("skill", skill).get("/talents").then().statusCode(200).extract().jsonPath().getList("items.id", String.class))
                .containsExactly(profileId));
    }
}
