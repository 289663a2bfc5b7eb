package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AuditionBookingTest {

    private static final int CONTENDERS = 20;

    @Inject
    Pool database;

    @Test
    void twentyConcurrentBookingsOfOneSlot_exactlyOneSucceeds() throws Exception {
        CastingWorld.Team team = CastingWorld.openRole();
        String slot = plan(team, 1, 1).get(0);
        List<CastingWorld.Talent> talent = new ArrayList<>();
        List<String> submissions = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            CastingWorld.Talent t = CastingWorld.talent(database);
            talent.add(t);
            submissions.add(CastingWorld.submit(t, team.roleId()));
        }

        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            int n = i;
            Callable<Integer> booking = () -> given().auth().oauth2(talent.get(n).token()).contentType(ContentType.JSON)
                    .body("{\"submissionId\":\"" + submissions.get(n) + "\"}")
                    .post("/auditions/" + slot + "/booking").statusCode();
            answers.add(pool.submit(booking));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> answer : answers) {
            statuses.add(answer.get());
        }
        pool.shutdown();

        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 200).allMatch(s -> s == 409);
        given().auth().oauth2(team.ownerToken()).get("/roles/" + team.roleId() + "/auditions").then()
                .body("[0].status", equalTo("BOOKED"));
    }

    @Test
    void slots_areStoredInUtc_andShownInTheViewersZone() {
        CastingWorld.Team team = CastingWorld.openRole();
        String body = "{\"round\":1,\"mode\":\"IN_PERSON\",\"timeZone\":\"Europe/London\",\"location\":\"Spotlight Studio 2\","
                + "\"slots\":[{\"startsAt\":\"2030-07-01T14:30:00\",\"durationMinutes\":15}]}";
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body(body)
                .post("/roles/" + team.roleId() + "/auditions").then().statusCode(201)
                .body("[0].startsAt", equalTo("2030-07-01T13:30:00Z"));

        given().auth().oauth2(team.ownerToken()).queryParam("timeZone", "Asia/Riyadh").get("/roles/" + team.roleId() + "/auditions")
                .then().statusCode(200)
                .body("[0].local.startsAt", equalTo("2030-07-01T16:30+03:00"))
                .body("[0].local.timeZone", equalTo("Asia/Riyadh"));
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body(body.replace("2030-07-01", "2020-07-01"))
                .post("/roles/" + team.roleId() + "/auditions").then().statusCode(400).body("errors[0].field", equalTo("slots[0].startsAt"));
        given().auth().oauth2(team.ownerToken()).queryParam("timeZone", "Mars/Olympus").get("/roles/" + team.roleId() + "/auditions")
                .then().statusCode(400).body("errors[0].field", equalTo("timeZone"));
    }

    @Test
    void talent_reschedulesToAnotherSlot_andCancels_andCallbacksWaitForACallback() {
        CastingWorld.Team team = CastingWorld.openRole();
        List<String> slots = plan(team, 1, 2);
        String callback = plan(team, 2, 1).get(0);
        CastingWorld.Talent talent = CastingWorld.talent(database);
        String submission = CastingWorld.submit(talent, team.roleId());
        String booking = "{\"submissionId\":\"" + submission + "\"}";

        given().auth().oauth2(talent.token()).get("/roles/" + team.roleId() + "/auditions").then().statusCode(200)
                .body("id", org.hamcrest.Matchers.contains(slots.get(0), slots.get(1)))
                .body("submissionId", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.nullValue()));
        given().auth().oauth2(CastingWorld.talent(database).token()).get("/roles/" + team.roleId() + "/auditions").then().statusCode(404);
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body(booking)
                .post("/auditions/" + callback + "/booking").then().statusCode(403);
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body(booking)
                .post("/auditions/" + slots.get(0) + "/booking").then().statusCode(200).body("status", equalTo("BOOKED"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body(booking)
                .post("/auditions/" + slots.get(1) + "/booking").then().statusCode(409);
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{\"toSlotId\":\"" + slots.get(1) + "\"}")
                .post("/auditions/" + slots.get(0) + "/reschedule").then().statusCode(200)
                .body("id", equalTo(slots.get(1))).body("submissionId", equalTo(submission));
        given().auth().oauth2(talent.token()).delete("/auditions/" + slots.get(1) + "/booking").then().statusCode(200)
                .body("status", equalTo("OPEN"));

        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body("{\"to\":\"CALLBACK\"}")
                .post("/submissions/" + submission + "/status").then().statusCode(200);
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body(booking)
                .post("/auditions/" + callback + "/booking").then().statusCode(200).body("callback", equalTo(true));
        given().auth().oauth2(talent.token()).get("/roles/" + team.roleId() + "/auditions").then().statusCode(200)
                .body("find { it.id == '" + callback + "' }.submissionId", equalTo(submission));
    }

    private static List<String> plan(CastingWorld.Team team, int round, int count) {
        StringBuilder slots = new StringBuilder();
        LocalDateTime start = LocalDateTime.now().plusDays(10).withNano(0);
        for (int i = 0; i < count; i++) {
            slots.append(i == 0 ? "" : ",").append("{\"startsAt\":\"").append(start.plusMinutes(20L * i)).append("\",\"durationMinutes\":15}");
        }
        return given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body("{\"round\":" + round + ",\"mode\":\"VIRTUAL\",\"timeZone\":\"Europe/London\",\"meetingUrl\":\"https://meet.example/abc\","
                        + "\"slots\":[" + slots + "]}")
                .post("/roles/" + team.roleId() + "/auditions").then().statusCode(201).extract().path("id");
    }
}
