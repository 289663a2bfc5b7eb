package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestRows;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SubmissionPipelineTest {

    @Inject
    Pool database;

    @Test
    void team_movesASubmissionAlongAllowedSteps_andEveryStepIsInItsHistory() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        String submission = CastingWorld.submit(talent, team.roleId());

        for (String to : List.of("VIEWED", "SHORTLISTED", "CALLBACK", "OFFERED", "BOOKED")) {
            move(team.ownerToken(), submission, to).statusCode(200).body("status", equalTo(to));
        }

        given().auth().oauth2(team.ownerToken()).get("/submissions/" + submission).then().statusCode(200)
                .body("history.to", contains("SUBMITTED", "VIEWED", "SHORTLISTED", "CALLBACK", "OFFERED", "BOOKED"))
                .body("history[1].actorId", not(nullValue()));
        long outboxed = database.preparedQuery("SELECT count(*) FROM outbox_events WHERE aggregate_id = $1 AND event_type = $2")
                .execute(Tuple.of(submission, "casting.submission.status-changed")).await().atMost(Duration.ofSeconds(5))
                .iterator().next().getLong(0);
        assertThat(outboxed).isEqualTo(6);
    }

    @Test
    void forbiddenMoves_areRefusedWithTheReason_andChangeNothing() {
        CastingWorld.Team team = CastingWorld.openRole();
        String submission = CastingWorld.submit(CastingWorld.talent(database), team.roleId());

        move(team.ownerToken(), submission, "BOOKED").statusCode(409)
                .body("type", equalTo("https://slate.app/problems/transition-not-allowed"))
                .body("detail", equalTo("A submission cannot move from SUBMITTED to BOOKED."));
        move(team.ownerToken(), submission, "WITHDRAWN").statusCode(409);
        move(team.ownerToken(), submission, "DECLINED").statusCode(200);
        move(team.ownerToken(), submission, "SHORTLISTED").statusCode(409);
        move(team.ownerToken(), submission, "NOT_A_STATUS").statusCode(400).body("errors[0].field", equalTo("to"));

        given().auth().oauth2(team.ownerToken()).get("/submissions/" + submission).then()
                .body("status", equalTo("DECLINED")).body("history", hasSize(2));
    }

    @Test
    void talent_withdraws_andMaySubmitAgain_butNeverTwiceAtOnce() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        String first = CastingWorld.submit(talent, team.roleId());
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + talent.itemId() + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions").then().statusCode(409);

        given().auth().oauth2(talent.token()).contentType(ContentType.JSON).body("{\"reason\":\"Booked elsewhere\"}")
                .post("/submissions/" + first + "/withdraw").then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        String second = CastingWorld.submit(talent, team.roleId());
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void bulkChange_movesTheValidOnes_andSaysWhyNotForEachOfTheRest() {
        CastingWorld.Team team = CastingWorld.openRole();
        String fresh = CastingWorld.submit(CastingWorld.talent(database), team.roleId());
        String declined = CastingWorld.submit(CastingWorld.talent(database), team.roleId());
        move(team.ownerToken(), declined, "DECLINED").statusCode(200);
        String alreadyThere = CastingWorld.submit(CastingWorld.talent(database), team.roleId());
        move(team.ownerToken(), alreadyThere, "SHORTLISTED").statusCode(200);
        String otherRole = CastingWorld.submit(CastingWorld.talent(database), CastingWorld.openRole().roleId());

        List<Map<String, Object>> results = given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body("{\"to\":\"SHORTLISTED\",\"reason\":\"Strong tapes\",\"submissionIds\":[\"" + fresh + "\",\"" + declined + "\",\""
                        + alreadyThere + "\",\"" + otherRole + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions/status").then().statusCode(200).extract().path("results");

        assertThat(results).extracting(r -> r.get("outcome")).containsExactly("CHANGED", "REFUSED", "UNCHANGED", "NOT_FOUND");
        given().auth().oauth2(team.ownerToken()).get("/submissions/" + fresh).then().body("status", equalTo("SHORTLISTED"))
                .body("history[1].reason", equalTo("Strong tapes"));
        given().auth().oauth2(team.ownerToken()).get("/submissions/" + declined).then().body("status", equalTo("DECLINED"));
    }

    @Test
    void badQueryParameters_areFieldErrors() {
        CastingWorld.Team team = CastingWorld.openRole();
        given().auth().oauth2(team.ownerToken()).queryParam("status", "MAYBE").get("/roles/" + team.roleId() + "/submissions")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(team.ownerToken()).queryParam("cursor", "not-a-cursor").get("/roles/" + team.roleId() + "/submissions")
                .then().statusCode(400).body("errors[0].field", equalTo("cursor"));
        given().auth().oauth2(team.ownerToken()).queryParam("limit", "0").get("/roles/" + team.roleId() + "/submissions")
                .then().statusCode(400);
    }

    @Test
    void aShortlistNameUsedTwice_isAConflictNamingTheName() {
        CastingWorld.Team team = CastingWorld.openRole();
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body("{\"name\":\"Callbacks\"}")
                .post("/roles/" + team.roleId() + "/shortlists").then().statusCode(201);
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body("{\"name\":\" Callbacks \"}")
                .post("/roles/" + team.roleId() + "/shortlists").then().statusCode(409)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void bulkChange_ofTooManySubmissions_isRefusedWhole() {
        CastingWorld.Team team = CastingWorld.openRole();
        String ids = String.join("\",\"", java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(101).toList());
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON)
                .body("{\"to\":\"VIEWED\",\"submissionIds\":[\"" + ids + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions/status").then().statusCode(400)
                .body("errors[0].field", equalTo("submissionIds"));
    }

    @Test
    void viewerCollaborator_readsAndRates_butCannotChangeAStatus() {
        CastingWorld.Team team = CastingWorld.openRole();
        String submission = CastingWorld.submit(CastingWorld.talent(database), team.roleId());
        String viewer = Collaborators.join(database, team, "VIEWER");

        given().auth().oauth2(viewer).get("/submissions/" + submission).then().statusCode(200);
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body("{\"body\":\"Lovely stillness\",\"rating\":4}")
                .post("/submissions/" + submission + "/notes").then().statusCode(201);
        move(viewer, submission, "SHORTLISTED").statusCode(403);
        given().auth().oauth2(viewer).contentType(ContentType.JSON)
                .body("{\"to\":\"SHORTLISTED\",\"submissionIds\":[\"" + submission + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions/status").then().statusCode(403);
        given().auth().oauth2(viewer).get("/submissions/" + submission).then().body("status", equalTo("SUBMITTED"));
        // The owner's first look is what marks it viewed.
        given().auth().oauth2(team.ownerToken()).get("/submissions/" + submission).then()
                .body("status", equalTo("VIEWED")).body("averageRating", equalTo(4.0f));
    }

    @Test
    void talent_seeOnlyTheirOwnSubmission_andNeverTheTeamsNotes() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent mine = CastingWorld.talent(database);
        CastingWorld.Talent other = CastingWorld.talent(database);
        String submission = CastingWorld.submit(mine, team.roleId());
        String theirs = CastingWorld.submit(other, team.roleId());
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body("{\"body\":\"Too young\",\"rating\":2}")
                .post("/submissions/" + submission + "/notes").then().statusCode(201);
        move(team.ownerToken(), submission, "DECLINED").statusCode(200);

        given().auth().oauth2(mine.token()).get("/submissions/" + submission).then().statusCode(200)
                .body("status", equalTo("DECLINED"))
                .body("averageRating", nullValue())
                .body("history[1].actorId", nullValue())
                .body("history[1].reason", nullValue())
                .body(not(org.hamcrest.Matchers.containsString("Too young")));
        given().auth().oauth2(mine.token()).get("/submissions/" + submission + "/notes").then().statusCode(403);
        given().auth().oauth2(mine.token()).get("/submissions/" + theirs).then().statusCode(404);
        given().auth().oauth2(mine.token()).get("/roles/" + team.roleId() + "/submissions").then().statusCode(403);
        given().auth().oauth2(mine.token()).get("/submissions/mine").then().statusCode(200)
                .body("items.id", contains(submission));
        given().auth().oauth2(TestTokens.newUser("casting")).get("/submissions/" + submission).then().statusCode(404);
    }

    @Test
    void submissionsOverThePlanLimit_areRefusedWithAProblemNamingTheLimitAndTheWayUp() {
        CastingWorld.Talent talent = CastingWorld.talent(database);
        TestRows.grantedPlan(database, talent.id(), 3, 1_000_000, 3);
        for (int i = 0; i < 3; i++) {
            CastingWorld.submit(talent, CastingWorld.openRole().roleId());
        }
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + talent.itemId() + "\"]}")
                .post("/roles/" + CastingWorld.openRole().roleId() + "/submissions").then().statusCode(402)
                .body("type", equalTo("https://slate.app/problems/plan-limit-reached"))
                .body("detail", org.hamcrest.Matchers.startsWith("Your Test plan allows 3 submissions a month and you have made 3"))
                .body("detail", org.hamcrest.Matchers.containsString("GET /billing/plans"));
    }

    @Test
    void openingARoleOverTheOwnersPlan_isRefused_untilAnotherCloses() {
        String ownerId = UUID.randomUUID().toString();
        TestRows.grantedPlan(database, ownerId, null, 1_000_000, 1);
        CastingWorld.Team first = CastingWorld.openRole(TestTokens.forUser(ownerId, "casting"));
        String second = CastingWorld.role(first.ownerToken(), first.projectId(), Instant.now().plus(Duration.ofDays(7)));
        given().auth().oauth2(first.ownerToken()).post("/roles/" + second + "/open").then().statusCode(402)
                .body("type", equalTo("https://slate.app/problems/plan-limit-reached"))
                .body("detail", org.hamcrest.Matchers.containsString("allows 1 open roles at a time and 1 are open"));
        given().auth().oauth2(first.ownerToken()).post("/roles/" + first.roleId() + "/close").then().statusCode(200);
        given().auth().oauth2(first.ownerToken()).post("/roles/" + second + "/open").then().statusCode(200);
    }

    @Test
    void submittingAnotherTalentsPortfolioItem_isAFieldError() {
        CastingWorld.Team team = CastingWorld.openRole();
        CastingWorld.Talent talent = CastingWorld.talent(database);
        CastingWorld.Talent other = CastingWorld.talent(database);
        given().auth().oauth2(talent.token()).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + other.itemId() + "\"]}")
                .post("/roles/" + team.roleId() + "/submissions").then().statusCode(400)
                .body("errors[0].field", equalTo("portfolioItemIds"));
    }

    private static io.restassured.response.ValidatableResponse move(String token, String submission, String to) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"to\":\"" + to + "\"}")
                .post("/submissions/" + submission + "/status").then();
    }
}
