package app.slate.local;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import app.slate.local.AuthorizationMatrixTest.Route;
import app.slate.local.AuthorizationMatrixTest.World;
import io.restassured.http.ContentType;
import java.util.Map;

/**
 * The messaging rows of the authorization matrix. Each runs in a casting world where the team has
 * opened a conversation about the world's submission and written in it: "owner" is the project's
 * casting director, "other" a casting director on no team. Admins are in nobody's conversations
 * (told they do not exist) and read a message only through moderation.
 */
final class MessagingMatrix {

    private MessagingMatrix() {
    }

    static boolean needsConversation(String route) {
        return route.matches("\\w+ /(conversations|shortlists/\\{shortlistId}/messages|admin/messages).*");
    }

    static Map<String, Route> routes() {
        return Map.ofEntries(
                entry("POST /conversations", AuthorizationMatrixTest.team(401, 404, 200, 404, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"submissionId\":\"" + w.submissionId + "\"}").post("/conversations"))),
                // Everyone's own list, named by the token alone.
                entry("GET /conversations", AuthorizationMatrixTest.team(401, 200, 200, 200, (w, r) -> r.get("/conversations"))),
                entry("GET /conversations/{id}", AuthorizationMatrixTest.team(401, 404, 200, 404, (w, r) -> r.get("/conversations/" + w.conversationId))),
                entry("GET /conversations/{id}/messages", AuthorizationMatrixTest.team(401, 404, 200, 404,
                        (w, r) -> r.get("/conversations/" + w.conversationId + "/messages"))),
                entry("POST /conversations/{id}/messages", AuthorizationMatrixTest.team(401, 404, 201, 404, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"text\":\"See you Thursday\"}").post("/conversations/" + w.conversationId + "/messages"))),
                entry("PATCH /conversations/{id}/messages/{messageId}", AuthorizationMatrixTest.team(401, 404, 200, 404, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"text\":\"See you Friday\"}")
                        .patch("/conversations/" + w.conversationId + "/messages/" + w.messageId))),
                entry("DELETE /conversations/{id}/messages/{messageId}", AuthorizationMatrixTest.team(401, 404, 204, 404,
                        (w, r) -> r.delete("/conversations/" + w.conversationId + "/messages/" + w.messageId))),
                entry("POST /conversations/{id}/read", AuthorizationMatrixTest.team(401, 404, 204, 404, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{}").post("/conversations/" + w.conversationId + "/read"))),
                entry("POST /shortlists/{shortlistId}/messages", AuthorizationMatrixTest.team(401, 404, 200, 404, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"text\":\"Callbacks are Thursday\"}").post("/shortlists/" + w.shortlistId + "/messages"))),
                entry("GET /admin/messages/{messageId}", AuthorizationMatrixTest.team(401, 403, 403, 200, (w, r) -> r.get("/admin/messages/" + w.messageId))),
                entry("POST /admin/messages/{messageId}/takedown", AuthorizationMatrixTest.team(401, 403, 403, 204, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"reason\":\"Asked for a fee\"}").post("/admin/messages/" + w.messageId + "/takedown"))));
    }

    /** The team opens a conversation about the world's submission and writes in it. */
    static void conversationWorld(World w) {
        w.conversationId = given().auth().oauth2(w.castingOwnerToken).contentType(ContentType.JSON)
                .body("{\"submissionId\":\"" + w.submissionId + "\"}").post("/conversations").then().statusCode(201).extract().path("id");
        w.messageId = given().auth().oauth2(w.castingOwnerToken).contentType(ContentType.JSON).body("{\"text\":\"Thanks for submitting\"}")
                .post("/conversations/" + w.conversationId + "/messages").then().statusCode(201).extract().path("id");
    }
}
