package app.slate.local;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import app.slate.local.AuthorizationMatrixTest.Route;
import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import java.util.Map;

/**
 * The talent-list rows of the authorization matrix: "owner" is the director who keeps the list
 * (shared with their project), "other" a casting director on no team it is shared with, who
 * learns nothing of it (404); admins do not cast and keep none (403).
 */
final class TalentListMatrix {

    private TalentListMatrix() {
    }

    static boolean needsList(String route) {
        return route.matches("\\w+ /talent-lists.*");
    }

    static Map<String, Route> routes() {
        return Map.ofEntries(
                entry("POST /talent-lists", AuthorizationMatrixTest.team(401, 201, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"name\":\"Matrix favourites\"}").post("/talent-lists"))),
                entry("GET /talent-lists", AuthorizationMatrixTest.team(401, 200, 200, 403, (w, r) -> r.get("/talent-lists"))),
                entry("GET /talent-lists/{id}", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.get("/talent-lists/" + w.talentListId))),
                entry("PATCH /talent-lists/{id}", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"name\":\"Renamed\"}").patch("/talent-lists/" + w.talentListId))),
                entry("DELETE /talent-lists/{id}", AuthorizationMatrixTest.team(401, 404, 204, 403,
                        (w, r) -> r.delete("/talent-lists/" + w.talentListId))),
                entry("PUT /talent-lists/{id}/talent/{profileId}", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"note\":\"Strong in comedy\"}")
                        .put("/talent-lists/" + w.talentListId + "/talent/" + w.listedProfileId))),
                entry("DELETE /talent-lists/{id}/talent/{profileId}", AuthorizationMatrixTest.team(401, 404, 204, 403,
                        (w, r) -> r.delete("/talent-lists/" + w.talentListId + "/talent/" + w.listedProfileId))),
                entry("POST /talent-lists/{id}/invitations", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"roleId\":\"" + w.roleId + "\"}").post("/talent-lists/" + w.talentListId + "/invitations"))));
    }

    /** The director's project and open role, a published profile, and a list shared with the project holding it. */
    static void listWorld(World w) {
        w.castingOwnerToken = CastingMatrix.director();
        w.castingOtherToken = CastingMatrix.stranger();
        w.projectId = CastingMatrix.team(w).body(CastingMatrix.PROJECT).post("/projects").then().statusCode(201).extract().path("id");
        w.roleId = CastingMatrix.openRole(w);
        w.listedProfileId = given().auth().oauth2(TestTokens.newUser("talent")).contentType(ContentType.JSON)
                .body(Fixtures.profile("complete").toString()).post("/talents/me").then().statusCode(201).extract().path("id");
        w.talentListId = CastingMatrix.team(w).body("{\"name\":\"Go-to comics\",\"projectIds\":[\"" + w.projectId + "\"]}")
                .post("/talent-lists").then().statusCode(201).extract().path("id");
        CastingMatrix.team(w).body("{}").put("/talent-lists/" + w.talentListId + "/talent/" + w.listedProfileId).then().statusCode(200);
    }
}
