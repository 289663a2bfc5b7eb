package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Talent lists through the real path: a director keeps favourites across projects, shares the
 * list with a project's team (a viewer reads it, cannot change it, and loses it the moment they
 * leave the team), and reuses it on a role of another project by inviting the whole list once.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class TalentListTest {

    @Inject
    Pool database;

    @Test
    void aDirectorsFavourites_sharedWithATeam_reusedOnAnotherProjectsRole() {
        String director = TestTokens.newUser("casting");
        String firstRole = OpenRoles.open(director, "Lists " + UUID.randomUUID().toString().substring(0, 8));
        String firstProject = json(director).get("/roles/" + firstRole).then().statusCode(200).extract().path("projectId");
        String secondRole = OpenRoles.open(director, "Lists " + UUID.randomUUID().toString().substring(0, 8));
        String maya = published("Maya");
        String ravi = published("Ravi");
        String leaving = TestTokens.newUser("talent");
        String hidden = given().auth().oauth2(leaving).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");

        String list = json(director).body("{\"name\":\"Go-to comics\",\"projectIds\":[\"" + firstProject + "\"]}").post("/talent-lists")
                .then().statusCode(201).extract().path("id");
        json(director).body("{\"note\":\"Great timing\"}").put("/talent-lists/" + list + "/talent/" + maya).then().statusCode(200);
        json(director).body("{}").put("/talent-lists/" + list + "/talent/" + ravi).then().statusCode(200);
        JsonPath withHidden = json(director).body("{}").put("/talent-lists/" + list + "/talent/" + hidden).then().statusCode(200)
                .extract().jsonPath();
        assertThat(withHidden.getList("talent.profileId", String.class)).containsExactly(maya, ravi, hidden);
        // Putting a talent again changes only the note.
        JsonPath again = json(director).body("{\"note\":\"Great timing; does accents\"}").put("/talent-lists/" + list + "/talent/" + maya)
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getInt("size")).isEqualTo(3);
        assertThat(again.getString("talent[0].note")).isEqualTo("Great timing; does accents");
        // An unknown or unpublished profile is refused; a project the director does not edit cannot be shared with.
        json(director).body("{}").put("/talent-lists/" + list + "/talent/" + UUID.randomUUID()).then().statusCode(404);
        json(director).body("{\"projectIds\":[\"" + UUID.randomUUID() + "\"]}").patch("/talent-lists/" + list).then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("projectIds[0]"));
        // An unpublished profile leaves the list's view (and comes back if published again).
        ObjectNode unpublished = Fixtures.profile("complete");
        unpublished.put("published", false);
        json(leaving).body(unpublished.toString()).put("/talents/me").then().statusCode(200);
        assertThat(json(director).get("/talent-lists/" + list).then().statusCode(200).extract().jsonPath()
                .getList("talent.profileId", String.class)).containsExactly(maya, ravi);

        // A viewer on the first project's team reads it, may not change it; a stranger learns nothing.
        String email = "viewer-" + UUID.randomUUID() + "@example.com";
        String viewer = Teams.join(database, director, firstProject, email, "VIEWER");
        assertThat(json(viewer).get("/talent-lists").then().statusCode(200).extract().jsonPath().getList("id", String.class)).contains(list);
        JsonPath seen = json(viewer).get("/talent-lists/" + list).then().statusCode(200).extract().jsonPath();
        assertThat(seen.getString("access")).isEqualTo("VIEWER");
        assertThat(seen.getBoolean("mine")).isFalse();
        json(viewer).body("{}").put("/talent-lists/" + list + "/talent/" + maya).then().statusCode(403);
        json(viewer).delete("/talent-lists/" + list).then().statusCode(403);
        json(TestTokens.newUser("casting")).get("/talent-lists/" + list).then().statusCode(404);

        // Reused on a role of another project: everyone shown on the list is invited, once.
        JsonPath invited = json(director).body("{\"roleId\":\"" + secondRole + "\"}").post("/talent-lists/" + list + "/invitations")
                .then().statusCode(200).extract().jsonPath();
        assertThat(invited.getList("invited", String.class)).containsExactlyInAnyOrder(maya, ravi);
        assertThat(json(director).body("{\"roleId\":\"" + secondRole + "\"}").post("/talent-lists/" + list + "/invitations")
                .then().statusCode(200).extract().jsonPath().getList("invited", String.class)).isEmpty();
        // A viewer of the list who does not edit that role's project cannot invite to it.
        json(viewer).body("{\"roleId\":\"" + secondRole + "\"}").post("/talent-lists/" + list + "/invitations").then().statusCode(404);

        // Off the team, off the list: at once.
        json(director).delete("/projects/" + firstProject + "/collaborators/" + email).then().statusCode(204);
        json(viewer).get("/talent-lists/" + list).then().statusCode(404);
        assertThat(json(viewer).get("/talent-lists").then().statusCode(200).extract().jsonPath().getList("id", String.class)).doesNotContain(list);

        json(director).delete("/talent-lists/" + list + "/talent/" + ravi).then().statusCode(204);
        json(director).delete("/talent-lists/" + list).then().statusCode(204);
        json(director).get("/talent-lists/" + list).then().statusCode(404);
    }

    private static String published(String name) {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("stageName", name + " " + UUID.randomUUID().toString().substring(0, 6));
        return json(TestTokens.newUser("talent")).body(profile.toString()).post("/talents/me").then().statusCode(201).extract().path("id");
    }

    private static RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }
}
