package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.slate.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class DeadlinesAndSelfTapesTest {

    @Inject
    Pool database;

    @Test
    void roleStillOpenButPastItsDeadline_refusesSubmissions_beforeTheDeadlineJobRuns() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        // Time passes: the deadline is behind us, and the job has not closed the role yet.
        database.preparedQuery("UPDATE casting_roles SET deadline = now() - interval '1 minute' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(team.roleId()))).await().atMost(Duration.ofSeconds(5));

        given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + talent.itemId() + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions").then().statusCode(409)
                .body("type", equalTo("https://slate.app/problems/role-closed"));
        given().auth().oauth2(team.ownerToken()).get("/roles/" + team.roleId()).then()
                .body("status", equalTo("OPEN")).body("acceptingSubmissions", equalTo(false));
    }

    @Test
    void closedRole_refusesSubmissions_andDraftsAreInvisibleToTalent() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        given().auth().oauth2(team.ownerToken()).post("/roles/" + team.roleId() + "/close").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + talent.itemId() + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions").then().statusCode(409);

        String draft = CastingWorld.role(team.ownerToken(), team.projectId(), Instant.now().plus(Duration.ofDays(3)));
        given().auth().oauth2(talent.token()).get("/roles/" + draft).then().statusCode(404);
    }

    @Test
    void invitedOnlyRole_isSeenAndTakenOnlyByInvitedTalent() {
        CastingWorld.Team team = CastingWorld.openRole();
        String roleId = given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body(CastingWorld.roleBody(Instant.now().plus(Duration.ofDays(3)), "INVITED"))
                .post("/projects/" + team.projectId() + "/roles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(team.ownerToken()).post("/roles/" + roleId + "/open").then().statusCode(200);
        CastingWorld.Talent invited = CastingWorld.talent(database);
        CastingWorld.Talent stranger = CastingWorld.talent(database);
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body("{\"talentProfileIds\":[\"" + invited.profileId() + "\"]}")
                .post("/roles/" + roleId + "/invitations").then().statusCode(200).body("invited[0]", equalTo(invited.profileId().toString()));

        given().auth().oauth2(stranger.token()).get("/roles/" + roleId).then().statusCode(404);
        given().auth().oauth2(stranger.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + stranger.itemId() + "\"]}")
                .post("/roles/" + roleId + "/submissions").then().statusCode(404);
        CastingWorld.submit(invited, roleId);
    }

    @Test
    void selfTape_isRequested_confirmed_andSent_beforeItsDeadline() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        String submission = CastingWorld.submit(talent, team.roleId());

        String selfTape = given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body("{\"instructions\":\"Scene 4, one take, eye level.\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(2))
                        + "\",\"sidesDocument\":\"https://docs.example/sides/4.pdf\"}")
                .post("/submissions/" + submission + "/self-tapes").then().statusCode(201)
                .body("status", equalTo("INVITED")).extract().path("id");
        given().auth().oauth2(team.ownerToken()).get("/submissions/" + submission).then().body("status", equalTo("SELF_TAPE_REQUESTED"));

        given().auth().oauth2(talent.token()).post("/self-tapes/" + selfTape + "/confirm").then().statusCode(200)
                .body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{\"mediaItemId\":\"" + UUID.randomUUID() + "\"}")
                .post("/self-tapes/" + selfTape + "/tape").then().statusCode(400).body("errors[0].field", equalTo("mediaItemId"));
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{\"mediaItemId\":\"" + talent.itemId() + "\"}")
                .post("/self-tapes/" + selfTape + "/tape").then().statusCode(200).body("status", equalTo("SUBMITTED"));
        given().auth().oauth2(CastingWorld.talent(database).token()).post("/self-tapes/" + selfTape + "/confirm").then().statusCode(404);

        database.preparedQuery("UPDATE self_tape_requests SET deadline = now() - interval '1 minute', status = 'INVITED' WHERE id = $1")
                .execute(Tuple.of(UUID.fromString(selfTape))).await().atMost(Duration.ofSeconds(5));
        given().auth().oauth2(talent.token()).post("/self-tapes/" + selfTape + "/confirm").then().statusCode(409)
                .body("type", equalTo("https://slate.app/problems/self-tape-expired"));
    }
}
