package app.slate.talent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ProfileApiTest {

    @Test
    void talent_createsReadsReplacesAndDeletesTheirProfile() {
        String token = TestTokens.newUser("talent");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString())
                .when().post("/talents/me")
                .then().statusCode(201)
                .body("details.stageName", equalTo("Amara Oak"))
                .body("version", equalTo(0))
                .body("completeness.score", equalTo(75))
                .body("completeness.missing", contains("primaryHeadshot", "reel"))
                .extract().path("id");

        given().auth().oauth2(token).when().get("/talents/me")
                .then().statusCode(200).body("id", equalTo(id)).body("details.languages[1].language", equalTo("yo"));

        ObjectNode changed = Fixtures.profile("complete");
        changed.put("stageName", "Amara O.");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(changed.toString())
                .when().put("/talents/me")
                .then().statusCode(200).body("details.stageName", equalTo("Amara O.")).body("version", equalTo(1));

        given().auth().oauth2(token).when().delete("/talents/me").then().statusCode(204);
        given().auth().oauth2(token).when().get("/talents/me")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void secondProfileForTheSameTalent_isAConflict() {
        String token = TestTokens.newUser("talent");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(409).body("status", equalTo(409));
    }

    @Test
    void publishedProfile_isPublic_butHidesPrivateFields() {
        String token = TestTokens.newUser("talent");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");

        given().when().get("/talents/" + id)
                .then().statusCode(200)
                .body("displayName", equalTo("Amara Oak"))
                .body("city", equalTo("London"))
                .body("legalName", nullValue())
                .body("dateOfBirth", nullValue())
                .body("salaryExpectation", nullValue())
                .body("workAuthorizations", nullValue())
                .body("location", nullValue());
    }

    @Test
    void unpublishedProfile_isHiddenFromOthers_butNotFromItsOwner() {
        String owner = java.util.UUID.randomUUID().toString();
        String id = given().auth().oauth2(TestTokens.forUser(owner, "talent")).contentType(ContentType.JSON)
                .body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");

        given().when().get("/talents/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.newUser("talent")).when().get("/talents/" + id).then().statusCode(404);
        given().auth().oauth2(TestTokens.forUser(owner, "talent")).when().get("/talents/" + id).then().statusCode(200);
        given().auth().oauth2(TestTokens.newUser("admin")).when().get("/talents/" + id).then().statusCode(200);
    }

    @Test
    void unknownRoute_isAProblem404() {
        given().when().get("/nowhere/at/all")
                .then().statusCode(404).contentType("application/problem+json").body("title", equalTo("Not Found"));
    }

    @Test
    void malformedId_isA400_notA500() {
        given().when().get("/talents/not-a-uuid").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void profileIds_areUnguessableUuids() {
        given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON)
                .body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201)
                .header("Location", notNullValue())
                .body("id", org.hamcrest.Matchers.matchesPattern("[0-9a-f-]{36}"))
                .body("published", is(false))
                .body("completeness.missing", hasItem("bio"));
    }
}
