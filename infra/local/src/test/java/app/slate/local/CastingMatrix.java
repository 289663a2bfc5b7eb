package app.slate.local;

import static io.restassured.RestAssured.given;
import static java.util.Map.entry;

import app.slate.local.AuthorizationMatrixTest.Route;
import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.TestTokens;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;

/**
 * The casting rows of the authorization matrix, and the casting world they run in: a project
 * owned by one casting director (with a pending invitation), two open roles, the world's talent
 * submitted to the first, shortlisted and asked for a self-tape, and three audition slots.
 */
final class CastingMatrix {

    private CastingMatrix() {
    }

    static boolean needsCasting(String route) {
        return route.matches("\\w+ /(projects|roles|submissions|self-tapes|auditions|scripts).*");
    }

    static Map<String, Route> routes() {
        return Map.ofEntries(
                // Projects: casting directors make them; the team reads them; only the owner runs the team.
                entry("POST /projects", AuthorizationMatrixTest.team(401, 201, 201, 403, (w, r) -> r.contentType(ContentType.JSON).body(PROJECT).post("/projects"))),
                entry("GET /projects", AuthorizationMatrixTest.team(401, 200, 200, 403, (w, r) -> r.get("/projects"))),
                entry("GET /projects/{projectId}", AuthorizationMatrixTest.team(401, 404, 200, 200, (w, r) -> r.get("/projects/" + w.projectId))),
                entry("PUT /projects/{projectId}", AuthorizationMatrixTest.team(401, 404, 200, 403,
                        (w, r) -> r.contentType(ContentType.JSON).body(PROJECT).put("/projects/" + w.projectId))),
                entry("POST /projects/{projectId}/collaborators", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"email\":\"editor@example.com\",\"access\":\"EDITOR\"}").post("/projects/" + w.projectId + "/collaborators"))),
                entry("GET /projects/{projectId}/collaborators", AuthorizationMatrixTest.team(401, 404, 200, 200,
                        (w, r) -> r.get("/projects/" + w.projectId + "/collaborators"))),
                entry("DELETE /projects/{projectId}/collaborators/{email}", AuthorizationMatrixTest.team(401, 404, 204, 403,
                        (w, r) -> r.delete("/projects/" + w.projectId + "/collaborators/" + w.inviteeEmail))),
                // Only the holder of the invited email joins; nobody here holds it.
                entry("POST /projects/{projectId}/collaborators/accept", AuthorizationMatrixTest.team(401, 404, 404, 403,
                        (w, r) -> r.post("/projects/" + w.projectId + "/collaborators/accept"))),
                entry("POST /projects/{projectId}/roles", AuthorizationMatrixTest.team(401, 404, 201, 403,
                        (w, r) -> r.contentType(ContentType.JSON).body(role()).post("/projects/" + w.projectId + "/roles"))),
                entry("GET /projects/{projectId}/roles", AuthorizationMatrixTest.team(401, 404, 200, 200,
                        (w, r) -> r.get("/projects/" + w.projectId + "/roles"))),
                // Roles: the board is for everyone signed in; a role's team manages it.
                entry("GET /roles", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/roles"))),
                entry("GET /roles/{roleId}", AuthorizationMatrixTest.team(401, 404, 200, 200, (w, r) -> r.get("/roles/" + w.roleId))),
                entry("PUT /roles/{roleId}", AuthorizationMatrixTest.team(401, 404, 200, 403,
                        (w, r) -> r.contentType(ContentType.JSON).body(role()).put("/roles/" + w.roleId))),
                entry("POST /roles/{roleId}/open", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.post("/roles/" + w.roleId + "/open"))),
                entry("POST /roles/{roleId}/close", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.post("/roles/" + w.roleId + "/close"))),
                entry("POST /roles/{roleId}/invitations", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"talentProfileIds\":[\"" + w.profileId + "\"]}").post("/roles/" + w.roleId + "/invitations"))),
                entry("POST /roles/{roleId}/fliers", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.post("/roles/" + w.roleId + "/fliers"))),
                // Submitting needs a talent profile: the other talent has none.
                entry("POST /roles/{roleId}/submissions", AuthorizationMatrixTest.route(401, 422, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"portfolioItemIds\":[\"" + w.itemId + "\"]}").post("/roles/" + w.freshRoleId + "/submissions"))),
                entry("POST /roles/{roleId}/submissions/cover-note", AuthorizationMatrixTest.route(401, 422, 200, 403, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"tone\":\"WARM\"}").post("/roles/" + w.freshRoleId + "/submissions/cover-note"))),
                entry("GET /roles/{roleId}/submissions", AuthorizationMatrixTest.team(401, 404, 200, 200, (w, r) -> r.get("/roles/" + w.roleId + "/submissions"))),
                entry("POST /roles/{roleId}/submissions/status", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"to\":\"CALLBACK\",\"submissionIds\":[\"" + w.submissionId + "\"]}").post("/roles/" + w.roleId + "/submissions/status"))),
                entry("POST /roles/{roleId}/shortlists", AuthorizationMatrixTest.team(401, 404, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"name\":\"Directors picks\"}").post("/roles/" + w.roleId + "/shortlists"))),
                entry("GET /roles/{roleId}/shortlists", AuthorizationMatrixTest.team(401, 404, 200, 200, (w, r) -> r.get("/roles/" + w.roleId + "/shortlists"))),
                entry("PUT /roles/{roleId}/shortlists/{shortlistId}/submissions/{submissionId}", AuthorizationMatrixTest.team(401, 404, 204, 403,
                        (w, r) -> r.put("/roles/" + w.roleId + "/shortlists/" + w.shortlistId + "/submissions/" + w.submissionId))),
                entry("DELETE /roles/{roleId}/shortlists/{shortlistId}/submissions/{submissionId}", AuthorizationMatrixTest.team(401, 404, 204, 403,
                        (w, r) -> r.delete("/roles/" + w.roleId + "/shortlists/" + w.shortlistId + "/submissions/" + w.submissionId))),
                entry("POST /roles/{roleId}/auditions", AuthorizationMatrixTest.team(401, 404, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body(slots(1)).post("/roles/" + w.roleId + "/auditions"))),
                entry("GET /roles/{roleId}/auditions", AuthorizationMatrixTest.team(401, 404, 200, 200, (w, r) -> r.get("/roles/" + w.roleId + "/auditions"))),
                // Submissions: the talent's own, and the role's team.
                entry("GET /submissions/mine", AuthorizationMatrixTest.route(401, 200, 200, 403, (w, r) -> r.get("/submissions/mine"))),
                entry("GET /submissions/{submissionId}", AuthorizationMatrixTest.route(401, 404, 200, 200, (w, r) -> r.get("/submissions/" + w.submissionId))),
                entry("POST /submissions/{submissionId}/preparation", AuthorizationMatrixTest.route(401, 404, 200, 403,
                        (w, r) -> r.post("/submissions/" + w.submissionId + "/preparation"))),
                // Prepared by its talent first, so the GET finds it whatever order the routes run in.
                entry("GET /submissions/{submissionId}/preparation", AuthorizationMatrixTest.route(401, 404, 200, 403, (w, r) -> {
                    io.restassured.RestAssured.given().auth().oauth2(w.ownerToken).post("/submissions/" + w.submissionId + "/preparation")
                            .then().statusCode(200);
                    return r.get("/submissions/" + w.submissionId + "/preparation");
                })),
                entry("POST /submissions/{submissionId}/withdraw", AuthorizationMatrixTest.route(401, 404, 200, 403,
                        (w, r) -> r.contentType(ContentType.JSON).body("{}").post("/submissions/" + w.submissionId + "/withdraw"))),
                entry("POST /submissions/{submissionId}/status", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"to\":\"CALLBACK\"}").post("/submissions/" + w.submissionId + "/status"))),
                entry("POST /submissions/{submissionId}/notes", AuthorizationMatrixTest.team(401, 404, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"body\":\"Strong read\",\"rating\":4}").post("/submissions/" + w.submissionId + "/notes"))),
                entry("GET /submissions/{submissionId}/notes", AuthorizationMatrixTest.team(401, 404, 200, 200,
                        (w, r) -> r.get("/submissions/" + w.submissionId + "/notes"))),
                entry("POST /submissions/{submissionId}/self-tapes", AuthorizationMatrixTest.team(401, 404, 201, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"instructions\":\"Scene 4\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}")
                        .post("/submissions/" + w.submissionId + "/self-tapes"))),
                entry("POST /self-tapes/{selfTapeId}/confirm", AuthorizationMatrixTest.route(401, 404, 200, 403,
                        (w, r) -> r.post("/self-tapes/" + w.selfTapeId + "/confirm"))),
                entry("POST /self-tapes/{selfTapeId}/decline", AuthorizationMatrixTest.route(401, 404, 200, 403,
                        (w, r) -> r.contentType(ContentType.JSON).body("{\"reason\":\"Away filming\"}").post("/self-tapes/" + w.selfTapeId + "/decline"))),
                // The tape must be a ready video of the talent's: the owner passes every check but that one.
                entry("POST /self-tapes/{selfTapeId}/tape", AuthorizationMatrixTest.route(401, 404, 400, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"mediaAssetId\":\"" + w.assetId + "\"}").post("/self-tapes/" + w.selfTapeId + "/tape"))),
                // This self-tape came without sides: the talent learns there are none, nobody else that it exists.
                entry("GET /self-tapes/{selfTapeId}/sides", AuthorizationMatrixTest.route(401, 404, 404, 403,
                        (w, r) -> r.get("/self-tapes/" + w.selfTapeId + "/sides"))),
                // Auditions: talent book their own submission; the team any of the role's.
                entry("POST /auditions/{slotId}/booking", AuthorizationMatrixTest.route(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"submissionId\":\"" + w.submissionId + "\"}").post("/auditions/" + w.slotIds.get(0) + "/booking"))),
                entry("DELETE /auditions/{slotId}/booking", AuthorizationMatrixTest.route(401, 404, 200, 403,
                        (w, r) -> r.delete("/auditions/" + w.slotIds.get(1) + "/booking"))),
                entry("POST /auditions/{slotId}/reschedule", AuthorizationMatrixTest.route(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"toSlotId\":\"" + w.slotIds.get(2) + "\"}").post("/auditions/" + w.slotIds.get(1) + "/reschedule"))),
                entry("DELETE /auditions/{slotId}", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.delete("/auditions/" + w.slotIds.get(0)))),
                // Matching: suggestions, feedback and weights are the role's team's; admins do not cast.
                entry("GET /roles/{roleId}/matches", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.get("/roles/" + w.roleId + "/matches"))),
                // The world's profile is unpublished, so even its team finds no such suggestion (MatchingTest records real feedback).
                entry("POST /roles/{roleId}/matches/{profileId}/feedback", AuthorizationMatrixTest.team(401, 404, 404, 403, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"decision\":\"SHORTLIST\"}")
                        .post("/roles/" + w.roleId + "/matches/" + w.profileId + "/feedback"))),
                entry("GET /projects/{projectId}/match-weights", AuthorizationMatrixTest.team(401, 404, 200, 403,
                        (w, r) -> r.get("/projects/" + w.projectId + "/match-weights"))),
                entry("PUT /projects/{projectId}/match-weights", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"weights\":{\"AWARDS\":0}}").put("/projects/" + w.projectId + "/match-weights"))),
                // Scripts: the project's editors upload and approve, its team reads; a draft that does not exist is not found.
                entry("POST /projects/{projectId}/scripts", AuthorizationMatrixTest.team(401, 404, 202, 403, (w, r) -> r
                        .contentType("text/plain").body(SCRIPT).post("/projects/" + w.projectId + "/scripts?title=Matrix"))),
                entry("GET /scripts/{scriptId}", AuthorizationMatrixTest.team(401, 404, 200, 403, (w, r) -> r.get("/scripts/" + w.scriptId))),
                entry("PATCH /scripts/{scriptId}/drafts/{draftId}", AuthorizationMatrixTest.team(401, 404, 404, 403, (w, r) -> r
                        .contentType(ContentType.JSON).body("{\"gender\":\"MALE\"}").patch("/scripts/" + w.scriptId + "/drafts/" + UUID.randomUUID()))),
                entry("POST /scripts/{scriptId}/drafts/{draftId}/approve", AuthorizationMatrixTest.team(401, 404, 404, 403, (w, r) -> r
                        .post("/scripts/" + w.scriptId + "/drafts/" + UUID.randomUUID() + "/approve"))),
                // The inbox is everyone's own; an item of nobody's is not found.
                entry("GET /inbox", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/inbox"))),
                entry("GET /inbox/unread-count", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/inbox/unread-count"))),
                entry("POST /inbox/{itemId}/read", AuthorizationMatrixTest.route(401, 404, 404, 404,
                        (w, r) -> r.post("/inbox/0000000000000-00000000-0000-0000-0000-000000000000/read"))),
                // Preferences are everyone's own, named by the token alone: nobody reaches another's.
                entry("GET /notifications/preferences", AuthorizationMatrixTest.route(401, 200, 200, 200,
                        (w, r) -> r.get("/notifications/preferences"))),
                entry("PUT /notifications/preferences", AuthorizationMatrixTest.route(401, 200, 200, 200,
                        (w, r) -> r.contentType(ContentType.JSON).body("{\"timeZone\":\"Europe/London\"}").put("/notifications/preferences"))),
                // One-click unsubscribe needs no login: the signed token is the authority, and a made-up one is refused for everyone.
                entry("POST /notifications/unsubscribe", AuthorizationMatrixTest.route(400, 400, 400, 400,
                        (w, r) -> r.queryParam("token", "made-up.token").post("/notifications/unsubscribe"))),
                entry("GET /notifications/unsubscribe", AuthorizationMatrixTest.route(400, 400, 400, 400,
                        (w, r) -> r.queryParam("token", "made-up.token").get("/notifications/unsubscribe"))),
                entry("GET /notifications/deliveries", AuthorizationMatrixTest.route(401, 200, 200, 200,
                        (w, r) -> r.get("/notifications/deliveries"))),
                // The SMS number is everyone's own, named by the token alone.
                entry("GET /notifications/phone", AuthorizationMatrixTest.route(401, 404, 404, 404, (w, r) -> r.get("/notifications/phone"))),
                entry("PUT /notifications/phone", AuthorizationMatrixTest.route(401, 202, 202, 202, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"number\":\"+4477009" + (10_000 + new java.util.Random().nextInt(89_999)) + "\"}").put("/notifications/phone"))),
                entry("POST /notifications/phone/verify", AuthorizationMatrixTest.route(401, 400, 400, 400, (w, r) -> r.contentType(ContentType.JSON)
                        .body("{\"code\":\"000000\"}").post("/notifications/phone/verify"))),
                entry("DELETE /notifications/phone", AuthorizationMatrixTest.route(401, 204, 204, 204, (w, r) -> r.delete("/notifications/phone"))),
                // Twilio's callback is signed, not logged in: unsigned, it is refused to everyone.
                entry("POST /webhooks/twilio/status", AuthorizationMatrixTest.route(401, 401, 401, 401, (w, r) -> r
                        .contentType("application/x-www-form-urlencoded").formParam("MessageSid", "SM00").formParam("MessageStatus", "delivered")
                        .post("/webhooks/twilio/status"))),
                // Push devices are everyone's own: a subscription is made for the caller, another's is not found.
                entry("GET /notifications/push/key", AuthorizationMatrixTest.route(401, 200, 200, 200, (w, r) -> r.get("/notifications/push/key"))),
                entry("POST /notifications/push/subscriptions", AuthorizationMatrixTest.route(401, 201, 201, 201,
                        (w, r) -> r.contentType(ContentType.JSON).body(pushSubscription()).post("/notifications/push/subscriptions"))),
                entry("GET /notifications/push/subscriptions", AuthorizationMatrixTest.route(401, 200, 200, 200,
                        (w, r) -> r.get("/notifications/push/subscriptions"))),
                entry("DELETE /notifications/push/subscriptions/{deviceId}", AuthorizationMatrixTest.route(401, 404, 404, 404,
                        (w, r) -> r.delete("/notifications/push/subscriptions/" + UUID.randomUUID()))),
                // A booking's calendar file is its attendees' alone; anyone else, admins too, is told there is none
                // (AuditionCalendarTest downloads one as its talent and is refused it as another).
                entry("GET /notifications/calendar/auditions/{submissionId}/{round}", AuthorizationMatrixTest.route(401, 404, 404, 404,
                        (w, r) -> r.get("/notifications/calendar/auditions/" + UUID.randomUUID() + "/1"))),
                entry("GET /admin/notifications/figures", AuthorizationMatrixTest.route(401, 403, 403, 200,
                        (w, r) -> r.queryParam("from", "2026-01-01T00:00:00Z").queryParam("to", "2026-12-31T00:00:00Z")
                                .get("/admin/notifications/figures"))));
    }

    static void castingWorld(World w, String route) {
        w.castingOwnerToken = director();
        w.castingOtherToken = stranger();
        w.projectId = team(w).body(PROJECT).post("/projects").then().statusCode(201).extract().path("id");
        w.inviteeEmail = World.newEmail();
        team(w).body("{\"email\":\"" + w.inviteeEmail + "\",\"access\":\"VIEWER\"}")
                .post("/projects/" + w.projectId + "/collaborators").then().statusCode(200);
        w.roleId = openRole(w);
        w.freshRoleId = openRole(w);
        w.scriptId = given().auth().oauth2(w.castingOwnerToken).contentType("text/plain").body(SCRIPT)
                .post("/projects/" + w.projectId + "/scripts").then().statusCode(202).extract().path("id");
        w.submissionId = given().auth().oauth2(w.ownerToken).contentType(ContentType.JSON)
                .body("{\"portfolioItemIds\":[\"" + w.itemId + "\"]}").post("/roles/" + w.roleId + "/submissions")
                .then().statusCode(201).extract().path("id");
        w.shortlistId = team(w).body("{\"name\":\"First look\"}").post("/roles/" + w.roleId + "/shortlists")
                .then().statusCode(201).extract().path("id");
        team(w).put("/roles/" + w.roleId + "/shortlists/" + w.shortlistId + "/submissions/" + w.submissionId).then().statusCode(204);
        w.selfTapeId = team(w).body("{\"instructions\":\"Scene 4\",\"deadline\":\"" + Instant.now().plus(Duration.ofDays(2)) + "\"}")
                .post("/submissions/" + w.submissionId + "/self-tapes").then().statusCode(201).extract().path("id");
        w.slotIds = team(w).body(slots(3)).post("/roles/" + w.roleId + "/auditions").then().statusCode(201).extract().path("id");
        if (route.contains("/booking") && route.startsWith("DELETE") || route.contains("/reschedule")) {
            given().auth().oauth2(w.ownerToken).contentType(ContentType.JSON).body("{\"submissionId\":\"" + w.submissionId + "\"}")
                    .post("/auditions/" + w.slotIds.get(1) + "/booking").then().statusCode(200);
        }
    }

    /**
     * The casting director outside every world's team. One serves all worlds: nothing a route
     * does as them puts them on another world's team, and each registration is a slow password hash.
     */
    private static String stranger;

    static synchronized String stranger() {
        if (stranger == null) {
            stranger = World.login(World.register("casting")).path("accessToken");
        }
        return stranger;
    }

    /**
     * The casting director who owns each world's project. One serves all worlds too: every world
     * has a project of its own, and no route changes the director's account.
     */
    private static String director;

    /** The shared casting director, on the Studio plan (as an admin grants it): each world opens roles on its projects. */
    static synchronized String director() {
        if (director == null) {
            director = World.login(World.register("casting")).path("accessToken");
            String id = given().auth().oauth2(director).get("/me").then().statusCode(200).extract().path("id");
            given().auth().oauth2(TestTokens.newUser("admin")).contentType(ContentType.JSON).body("{\"planCode\":\"studio\"}")
                    .put("/admin/billing/accounts/" + id + "/plan").then().statusCode(204);
        }
        return director;
    }

    static String openRole(World w) {
        String id = team(w).body(role()).post("/projects/" + w.projectId + "/roles").then().statusCode(201).extract().path("id");
        given().auth().oauth2(w.castingOwnerToken).post("/roles/" + id + "/open").then().statusCode(200);
        return id;
    }

    static io.restassured.specification.RequestSpecification team(World w) {
        return given().auth().oauth2(w.castingOwnerToken).contentType(ContentType.JSON);
    }

    /** A browser's subscription at the push service stand-in (the one push service the local cloud accepts). */
    private static String pushSubscription() {
        String pushService = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("PUSH_SERVICES", String.class);
        String p256dh = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[65]);
        return "{\"endpoint\":\"" + pushService + "/push/" + UUID.randomUUID() + "\",\"expirationTime\":null,"
                + "\"keys\":{\"p256dh\":\"" + p256dh + "\",\"auth\":\"AAAAAAAAAAAAAAAAAAAAAA\"}}";
    }

    private static final String SCRIPT = "INT. KITCHEN - NIGHT\n\nSAM (20s) waits.\n\nSAM\nYou're late.\n";

    static final String PROJECT = """
            {"title":"Matrix Film","type":"FILM","locations":[{"city":"Leeds","country":"GB"}],"union":"MIXED","confidential":false}""";

    private static String role() {
        return """
                {"name":"Sam","kind":"SUPPORTING","description":"A friend.","playableAge":{"min":20,"max":40},"genders":[],"ethnicities":[],
                 "languages":["en"],"skills":[],"location":{"city":"Leeds","country":"GB"},"pay":{"paid":false},"union":"ANY",
                 "deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                .formatted(Instant.now().plus(Duration.ofDays(5)));
    }

    private static String slots(int count) {
        StringBuilder slots = new StringBuilder();
        LocalDateTime start = LocalDateTime.now().plusDays(10).withNano(0);
        for (int i = 0; i < count; i++) {
            slots.append(i == 0 ? "" : ",").append("{\"startsAt\":\"").append(start.plusMinutes(30L * i)).append("\",\"durationMinutes\":20}");
        }
        return "{\"round\":1,\"mode\":\"VIRTUAL\",\"timeZone\":\"Europe/London\",\"meetingUrl\":\"https://meet.example/m\",\"slots\":[" + slots + "]}";
    }
}
