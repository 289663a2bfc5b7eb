package app.slate.local;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import app.slate.local.AuthorizationMatrixTest.Route;
import app.slate.local.AuthorizationMatrixTest.World;
import io.restassured.http.ContentType;
import java.util.Map;

/**
 * The saved-search rows of the authorization matrix: talent searches are casting directors' own
 * ("owner" the project director, "other" another casting director), role-board searches talent's
 * own; nobody reaches another's, and admins keep none.
 */
final class SavedSearchMatrix {

    private SavedSearchMatrix() {
    }

    static boolean needsSearches(String route) {
        return route.matches("\\w+ /saved-searches/.*");
    }

    static Map<String, Route> routes() {
        String named = "{\"name\":\"Matrix search\",\"frequency\":\"DAILY\"}";
        return Map.ofEntries(
                entry("POST /saved-searches/talent", AuthorizationMatrixTest.team(401, 201, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body(named).post("/saved-searches/talent?gender=FEMALE"))),
                entry("GET /saved-searches/talent", AuthorizationMatrixTest.team(401, 200, 200, 403, (w, r) -> r.get("/saved-searches/talent"))),
                entry("PATCH /saved-searches/talent/{id}", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"paused\":true}").patch("/saved-searches/talent/" + w.talentSearchId))),
                entry("PUT /saved-searches/talent/{id}", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{}").put("/saved-searches/talent/" + w.talentSearchId + "?gender=MALE"))),
                entry("DELETE /saved-searches/talent/{id}", AuthorizationMatrixTest.team(401, 404, 204, 403,
                        (w, r) -> r.delete("/saved-searches/talent/" + w.talentSearchId))),
                entry("POST /saved-searches/roles", AuthorizationMatrixTest.route(401, 201, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body(named).post("/saved-searches/roles?country=GB"))),
                entry("GET /saved-searches/roles", AuthorizationMatrixTest.route(401, 200, 200, 403, (w, r) -> r.get("/saved-searches/roles"))),
                entry("PATCH /saved-searches/roles/{id}", AuthorizationMatrixTest.route(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"name\":\"Renamed\"}").patch("/saved-searches/roles/" + w.roleSearchId))),
                entry("PUT /saved-searches/roles/{id}", AuthorizationMatrixTest.route(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{}").put("/saved-searches/roles/" + w.roleSearchId + "?paid=true"))),
                entry("DELETE /saved-searches/roles/{id}", AuthorizationMatrixTest.route(401, 404, 204, 403,
                        (w, r) -> r.delete("/saved-searches/roles/" + w.roleSearchId))));
    }

    /** A talent search of the director's and a role search of the world's talent. */
    static void searchWorld(World w) {
        w.castingOwnerToken = CastingMatrix.director();
        w.castingOtherToken = CastingMatrix.stranger();
        w.talentSearchId = given().auth().oauth2(w.castingOwnerToken).contentType(ContentType.JSON).body("{\"name\":\"Mine\"}")
                .post("/saved-searches/talent?country=GB").then().statusCode(201).extract().path("id");
        w.roleSearchId = given().auth().oauth2(w.ownerToken).contentType(ContentType.JSON).body("{\"name\":\"Mine\"}")
                .post("/saved-searches/roles?country=GB").then().statusCode(201).extract().path("id");
    }
}
