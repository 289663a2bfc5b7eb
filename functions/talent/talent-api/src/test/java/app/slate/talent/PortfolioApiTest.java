package app.slate.talent;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestRows;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class PortfolioApiTest {

    @Inject
    Pool database;

    @Test
    void portfolio_isOrdered_withOnePrimaryHeadshot_thatRaisesCompleteness() {
        String token = TestTokens.newUser("talent");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString())
                .post("/talents/me").then().statusCode(201);

        String first = add(token, "HEADSHOT", "Smiling");
        String second = add(token, "HEADSHOT", "Serious");
        String reel = add(token, "REEL", "Showreel 2026");

        given().auth().oauth2(token).put("/talents/me/portfolio/" + first + "/primary").then().statusCode(200);
        given().auth().oauth2(token).put("/talents/me/portfolio/" + second + "/primary")
                .then().statusCode(200).body("primary", equalTo(true));
        given().auth().oauth2(token).put("/talents/me/portfolio/" + reel + "/primary")
                .then().statusCode(400).body("errors[0].field", equalTo("itemId"));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(java.util.Map.of("itemIds", List.of(reel, second, first)))
                .put("/talents/me/portfolio/order").then().statusCode(200).body("id", contains(reel, second, first));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(java.util.Map.of("itemIds", List.of(reel, second)))
                .put("/talents/me/portfolio/order").then().statusCode(400);

        given().auth().oauth2(token).get("/talents/me").then().statusCode(200)
                .body("portfolio.title", contains("Showreel 2026", "Serious", "Smiling"))
                .body("portfolio.findAll { it.primary }.id", contains(second))
                .body("completeness.score", equalTo(100))
                .body("version", equalTo(6));

        given().auth().oauth2(token).delete("/talents/me/portfolio/" + reel).then().statusCode(204);
        given().auth().oauth2(token).get("/talents/me").then()
                .body("portfolio.position", contains(0, 1))
                .body("completeness.missing", hasItem("reel"));
    }

    @Test
    void anUploadedItem_mustBeTheCallersReadyAsset_ofTheItemsKind() {
        String owner = UUID.randomUUID().toString();
        String token = TestTokens.forUser(owner, "talent");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201);
        String image = TestRows.mediaAsset(database, owner, "IMAGE", "READY", "image/jpeg", null).toString();
        String pending = TestRows.mediaAsset(database, owner, "IMAGE", "PROCESSING", "image/jpeg", null).toString();
        String someoneElses = TestRows.mediaAsset(database, UUID.randomUUID().toString(), "IMAGE", "READY", "image/jpeg", null).toString();

        for (String refused : List.of(pending, someoneElses)) {
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"kind\":\"HEADSHOT\",\"title\":\"Headshot\",\"mediaAssetId\":\"" + refused + "\"}")
                    .post("/talents/me/portfolio").then().statusCode(400).body("errors[0].field", equalTo("mediaAssetId"));
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\":\"REEL\",\"title\":\"Reel\",\"mediaAssetId\":\"" + image + "\"}")
                .post("/talents/me/portfolio").then().statusCode(400).body("errors[0].message", equalTo("must be video, not image"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEADSHOT\",\"title\":\"Headshot\",\"mediaAssetId\":\"" + image + "\"}")
                .post("/talents/me/portfolio").then().statusCode(201).body("mediaAssetId", equalTo(image));
    }

    @Test
    void itemWithoutASource_isRefused() {
        String token = TestTokens.newUser("talent");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Fixtures.profile("minimal").toString())
                .post("/talents/me").then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"kind\":\"HEADSHOT\",\"title\":\"No source\"}")
                .post("/talents/me/portfolio").then().statusCode(400).body("errors[0].field", equalTo("source"));
    }

    private static String add(String token, String kind, String title) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(java.util.Map.of("kind", kind, "title", title, "externalUrl", "https://img.example/" + title.hashCode()))
                .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");
    }
}
