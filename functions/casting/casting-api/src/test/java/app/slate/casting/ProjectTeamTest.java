package app.slate.casting;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ProjectTeamTest {

    @Inject
    Pool database;

    @Test
    void makingAProjectConfidential_reannouncesItsRolesWithoutItsName() {
        CastingWorld.Team team = CastingWorld.openRole();
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body("""
                        {"title":"The Glass Orchard","type":"SERIES","productionCompany":"Northlight","locations":[],"union":"UNION","confidential":true}""")
                .put("/projects/" + team.projectId()).then().statusCode(200).body("confidential", equalTo(true));

        JsonObject latest = database.preparedQuery("""
                        SELECT payload FROM outbox_events WHERE aggregate_id = $1 AND event_type = 'casting.role.changed' ORDER BY seq DESC LIMIT 1""")
                .execute(Tuple.of(team.roleId())).await().atMost(Duration.ofSeconds(5)).iterator().next().getJsonObject("payload");
        assertThat(latest.getLong("version")).isEqualTo(2L);
        assertThat(latest.getJsonObject("document").getString("projectTitle")).isEqualTo("Untitled series project");
        assertThat(latest.getJsonObject("document").containsKey("productionCompany")).isFalse();
    }

    @Test
    void invitations_takeEffectOnlyForTheVerifiedHolderOfTheEmail() {
        CastingWorld.Team team = CastingWorld.openRole();
        String email = "unverified-" + UUID.randomUUID() + "@example.com";
        String unverified = Collaborators.account(database, email, false);
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body("{\"email\":\"" + email.toUpperCase() + "\",\"access\":\"EDITOR\"}")
                .post("/projects/" + team.projectId() + "/collaborators").then().statusCode(200).body("email", equalTo(email));

        given().auth().oauth2(unverified).post("/projects/" + team.projectId() + "/collaborators/accept").then().statusCode(403);
        given().auth().oauth2(unverified).get("/projects/" + team.projectId()).then().statusCode(404);
        given().auth().oauth2(team.ownerToken()).contentType(ContentType.JSON).body("{\"email\":\"x@example.com\",\"access\":\"OWNER\"}")
                .post("/projects/" + team.projectId() + "/collaborators").then().statusCode(400).body("errors[0].field", equalTo("access"));
    }

    @Test
    void editorsCast_butOnlyTheOwnerRunsTheTeam() {
        CastingWorld.Team team = CastingWorld.openRole();
        String editor = Collaborators.join(database, team, "EDITOR");

        given().auth().oauth2(editor).post("/roles/" + team.roleId() + "/close").then().statusCode(200);
        given().auth().oauth2(editor).get("/projects").then().statusCode(200).body("find { it.id == '" + team.projectId() + "' }.yourAccess",
                equalTo("EDITOR"));
        given().auth().oauth2(editor).contentType(ContentType.JSON).body("{\"email\":\"friend@example.com\",\"access\":\"VIEWER\"}")
                .post("/projects/" + team.projectId() + "/collaborators").then().statusCode(403);
    }
}
