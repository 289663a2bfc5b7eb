package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a plan with priority placement and the featured badge buys, through the real path (profile
 * and role events, the search indexer, OpenSearch, the plan granted by an admin): its holder comes
 * first among equal matches in talent search, browsing and searching text, and on the role board,
 * marked featured; the others keep their order. Ending the plan ends both.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class PriorityPlacementTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void talentSearch_placesProfessionalsFirst_browsingAndSearching_andMarksThemFeatured() {
        String casting = TestTokens.newUser("casting");
        String admin = TestTokens.newUser("admin");
        String marker = "Placed" + UUID.randomUUID().toString().substring(0, 8);
        String skill = "Skill" + marker;
        String paying = UUID.randomUUID().toString();
        String first = profile(UUID.randomUUID().toString(), marker, skill);
        String placed = profile(paying, marker, skill);
        String last = profile(UUID.randomUUID().toString(), marker, skill);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(browse(casting, skill).getList("items.id", String.class)).hasSize(3));
        // Equal matches keep the search's own order (the id breaks the tie) while nobody pays.
        List<String> unpaid = browse(casting, skill).getList("items.id", String.class);
        assertThat(unpaid).containsExactlyInAnyOrder(first, placed, last);

        grant(admin, paying, "professional");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath browsing = browse(casting, skill);
            assertThat(browsing.getList("items.id", String.class)).first().isEqualTo(placed);
            assertThat(browsing.getList("items.id", String.class).subList(1, 3)).isEqualTo(unpaid.stream().filter(id -> !id.equals(placed)).toList());
            assertThat(browsing.getList("items.featured", Boolean.class)).containsExactly(true, false, false);
            JsonPath searching = given().auth().oauth2(casting).queryParam("q", marker).get("/talents").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(searching.getList("items.id", String.class)).first().isEqualTo(placed);
        });

        given().auth().oauth2(admin).delete("/admin/billing/accounts/" + paying + "/plan").then().statusCode(204);
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath browsing = browse(casting, skill);
            assertThat(browsing.getList("items.id", String.class)).isEqualTo(unpaid);
            assertThat(browsing.getList("items.featured", Boolean.class)).containsOnly(false);
        });
    }

    @Test
    void roleBoard_placesAStudiosRolesFirst_newestFirstWithinEachGroup() {
        String admin = TestTokens.newUser("admin");
        String marker = "Board" + UUID.randomUUID().toString().substring(0, 8);
        String studio = UUID.randomUUID().toString();
        grant(admin, studio, "studio");
        String studioToken = TestTokens.forUser(studio, "casting");
        String otherToken = TestTokens.newUser("casting");
        String older = OpenRoles.open(studioToken, marker);
        String newer = OpenRoles.open(otherToken, marker);
        String newest = OpenRoles.open(otherToken, marker);

        String talent = TestTokens.newUser("talent");
        await().atMost(PATIENCE).untilAsserted(() -> {
            JsonPath board = given().auth().oauth2(talent).queryParam("q", marker).get("/roles").then().statusCode(200).extract().jsonPath();
            assertThat(board.getList("items.id", String.class)).containsExactly(older, newest, newer);
            assertThat(board.getList("items.featured", Boolean.class)).containsExactly(true, false, false);
        });
    }

    private static JsonPath browse(String casting, String skill) {
        return given().auth().oauth2(casting).queryParam("skill", skill).get("/talents").then().statusCode(200).extract().jsonPath();
    }

    private static String profile(String account, String marker, String skill) {
        ObjectNode profile = Fixtures.profile("complete");
        profile.put("stageName", marker + " " + account.substring(0, 4));
        profile.withArray("skills").addObject().put("name", skill).put("category", "OTHER").put("level", "ADVANCED");
        return given().auth().oauth2(TestTokens.forUser(account, "talent")).contentType(ContentType.JSON).body(profile.toString())
                .post("/talents/me").then().statusCode(201).extract().path("id");
    }

    private static void grant(String admin, String account, String plan) {
        given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"planCode\":\"" + plan + "\"}")
                .put("/admin/billing/accounts/" + account + "/plan").then().statusCode(204);
    }
}
