package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.Fixtures;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Conversations through the real path: a team and its talent write about a submission (receipts,
 * unread counts, a correction within five minutes and not after, a tombstone), frames reach both
 * sides' open apps; a message to a minor goes to their guardian, who answers for them; a removed
 * collaborator is out at once, a viewer reads but does not write to talent; one message to a
 * shortlist becomes one private conversation each; a reported message is taken down.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ConversationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Pool database;

    /** A casting director's open role, and its project. */
    record Casting(String token, String roleId, String projectId) {

        static Casting open(String token) {
            String role = OpenRoles.open(token, "Talk " + UUID.randomUUID().toString().substring(0, 8));
            return new Casting(token, role, given().auth().oauth2(token).get("/roles/" + role).then().statusCode(200).extract().path("projectId"));
        }

        /** A talent (or a guardian acting for one) with a profile and a headshot, submitted to the role. */
        String submitted(String talent) {
            given().auth().oauth2(talent).contentType(ContentType.JSON).body(Fixtures.profile("complete").toString())
                    .post("/talents/me").then().statusCode(201);
            String item = given().auth().oauth2(talent).contentType(ContentType.JSON)
                    .body("{\"kind\":\"HEADSHOT\",\"title\":\"Mine\",\"externalUrl\":\"https://img.example/m.jpg\"}")
                    .post("/talents/me/portfolio").then().statusCode(201).extract().path("id");
            return given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"portfolioItemIds\":[\"" + item + "\"]}")
                    .post("/roles/" + roleId + "/submissions").then().statusCode(201).extract().path("id");
        }
    }

    @Test
    void aTeamAndItsTalent_talk_withReceiptsUnreadCountsACorrectionAndATombstone() throws Exception {
        Casting casting = Casting.open(TestTokens.newUser("casting"));
        UUID talentId = UUID.randomUUID();
        String talent = TestTokens.forUser(talentId.toString(), "talent");
        String submission = casting.submitted(talent);

        // Nobody else opens it; the talent may (it is their submission), the team gets the same one.
        open(TestTokens.newUser("talent"), "{\"submissionId\":\"" + submission + "\"}").then().statusCode(404);
        String conversation = open(talent, "{\"submissionId\":\"" + submission + "\"}").then().statusCode(201)
                .body("kind", equalTo("SUBMISSION")).body("title", equalTo("Sam")).extract().path("id");
        open(casting.token(), "{\"submissionId\":\"" + submission + "\"}").then().statusCode(200).body("id", equalTo(conversation));
        // Talent cannot start a thread with the team out of the blue.
        open(talent, "{\"projectId\":\"" + casting.projectId() + "\",\"title\":\"Hello\"}").then().statusCode(404);

        try (LiveSocket talentApp = LiveSocket.open(talent); LiveSocket teamApp = LiveSocket.open(casting.token())) {
            String first = send(casting.token(), conversation, "Callbacks are Thursday at 10:00. Can you make it?").then().statusCode(201)
                    .body("seq", equalTo(1)).body("side", equalTo("TEAM")).extract().path("id");
            assertThat(talentApp.await("message.posted", PATIENCE).data().path("text").asText()).startsWith("Callbacks are Thursday");
            JsonPath mine = given().auth().oauth2(talent).get("/conversations").then().statusCode(200).extract().jsonPath();
            assertThat(mine.getLong("unreadTotal")).isEqualTo(1);
            assertThat(mine.getList("conversations.id")).containsExactly(conversation);

            given().auth().oauth2(talent).contentType(ContentType.JSON).body("{}").post("/conversations/" + conversation + "/read")
                    .then().statusCode(204);
            assertThat(teamApp.await("conversation.read", PATIENCE).data().path("readerId").asText()).isEqualTo(talentId.toString());
            given().auth().oauth2(casting.token()).get("/conversations/" + conversation).then().statusCode(200)
                    .body("readBy[0].accountId", equalTo(talentId.toString())).body("readBy[0].readSeq", equalTo(1));
            given().auth().oauth2(talent).get("/conversations").then().body("unreadTotal", equalTo(0));

            send(talent, conversation, "Yes, I'll be there.").then().statusCode(201).body("seq", equalTo(2)).body("side", equalTo("TALENT"));
            given().auth().oauth2(casting.token()).get("/conversations").then().body("unreadTotal", equalTo(1));

            // The author corrects within five minutes; nobody else can; after five minutes nobody can.
            edit(talent, conversation, first, "Callbacks are Friday").then().statusCode(403);
            edit(casting.token(), conversation, first, "Callbacks are Thursday at 11:00. Can you make it?").then().statusCode(200)
                    .body("editedAt", org.hamcrest.Matchers.notNullValue());
            assertThat(talentApp.await("message.changed", PATIENCE).data().path("change").asText()).isEqualTo("EDITED");
            database.preparedQuery("UPDATE conversation_messages SET sent_at = $2 WHERE id = $1")
                    .execute(Tuple.of(UUID.fromString(first), OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(6))).await().indefinitely();
            edit(casting.token(), conversation, first, "Too late").then().statusCode(409);

            given().auth().oauth2(casting.token()).delete("/conversations/" + conversation + "/messages/" + first).then().statusCode(204);
            JsonPath page = given().auth().oauth2(talent).get("/conversations/" + conversation + "/messages").then().statusCode(200)
                    .extract().jsonPath();
            assertThat(page.getList("messages.seq", Integer.class)).containsExactly(2, 1);
            assertThat(page.getBoolean("messages[1].deleted")).isTrue();
            assertThat(page.getString("messages[1].text")).isNull();
        }

        // Bad input names its field.
        send(talent, conversation, " ").then().statusCode(400).body("errors[0].field", equalTo("text"));
        given().auth().oauth2(talent).contentType(ContentType.JSON).body("{\"text\":\"See this\",\"attachments\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/conversations/" + conversation + "/messages").then().statusCode(400).body("errors[0].field", equalTo("attachments"));
        open(talent, "{}").then().statusCode(400).body("errors[0].field", equalTo("submissionId"));
    }

    @Test
    void aMessageToAMinor_goesToTheirGuardian_whoAnswersForThem() throws Exception {
        String director = World.login(World.register("casting")).path("accessToken");
        Casting casting = Casting.open(director);
        String guardianEmail = World.register("talent");
        String guardian = World.login(guardianEmail).path("accessToken");
        QuietHours.off(guardian);
        String minorId = given().auth().oauth2(guardian).contentType(ContentType.JSON).body(World.MINOR).post("/guardians/minors")
                .then().statusCode(201).extract().path("id");
        String acting = given().auth().oauth2(guardian).post("/guardians/minors/" + minorId + "/tokens").then().statusCode(200)
                .extract().path("accessToken");
        String submission = casting.submitted(acting);
        String conversation = open(director, "{\"submissionId\":\"" + submission + "\"}").then().statusCode(201).extract().path("id");

        try (LiveSocket guardianApp = LiveSocket.open(guardian)) {
            send(director, conversation, "Could Kit come to a callback on Saturday morning?").then().statusCode(201);
            LiveSocket.Frame frame = guardianApp.await("message.posted", PATIENCE);
            assertThat(frame.data().path("conversationId").asText()).isEqualTo(conversation);
            assertThat(frame.data().path("senderName").asText()).isEqualTo("Matrix");
        }
        // Away from the app, the guardian gets one email for the conversation once the notice window ends.
        // The notice is kept by notifications-worker, another consumer of the event than the socket's, so it
        // may not be there yet: the schedule runs again until the email leaves (a run sends each notice once).
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500)).until(() -> {
            given().post("/local/schedules/notifications-schedule?time=" + Instant.now().plus(Duration.ofMinutes(3))).then().statusCode(200);
            return subjects(guardianEmail).contains("New message from Matrix");
        });

        // The minor alone cannot answer; their guardian, acting for them, does.
        send(TestTokens.forUser(minorId, "talent"), conversation, "Yes!").then().statusCode(403)
                .body("type", org.hamcrest.Matchers.endsWith("guardian-required"));
        send(acting, conversation, "Kit can come on Saturday.").then().statusCode(201).body("side", equalTo("TALENT"));
        given().auth().oauth2(acting).get("/conversations").then().statusCode(200).body("conversations.id", org.hamcrest.Matchers.hasItem(conversation));
    }

    @Test
    void aRemovedCollaborator_isOutAtOnce_aViewerReadsButWritesOnlyToTheTeam_andAShortlistMessageIsPrivateToEach() {
        Casting casting = Casting.open(TestTokens.newUser("casting"));
        String first = TestTokens.newUser("talent");
        String second = TestTokens.newUser("talent");
        String firstSubmission = casting.submitted(first);
        String secondSubmission = casting.submitted(second);
        String conversation = open(casting.token(), "{\"submissionId\":\"" + firstSubmission + "\"}").then().statusCode(201).extract().path("id");
        send(casting.token(), conversation, "Thanks for submitting.").then().statusCode(201);

        String editorEmail = "editor-" + UUID.randomUUID() + "@example.com";
        String editor = join(casting, editorEmail, "EDITOR");
        given().auth().oauth2(editor).get("/conversations/" + conversation).then().statusCode(200);
        send(editor, conversation, "Welcome aboard.").then().statusCode(201);
        given().auth().oauth2(casting.token()).delete("/projects/" + casting.projectId() + "/collaborators/" + editorEmail).then().statusCode(204);
        given().auth().oauth2(editor).get("/conversations/" + conversation).then().statusCode(404);
        send(editor, conversation, "Still here?").then().statusCode(404);
        given().auth().oauth2(editor).get("/conversations").then().statusCode(200).body("conversations", org.hamcrest.Matchers.empty());

        String viewer = join(casting, "viewer-" + UUID.randomUUID() + "@example.com", "VIEWER");
        given().auth().oauth2(viewer).get("/conversations/" + conversation + "/messages").then().statusCode(200);
        send(viewer, conversation, "Hi from the viewer").then().statusCode(403);
        String thread = open(viewer, "{\"projectId\":\"" + casting.projectId() + "\",\"title\":\"Callback plan\"}").then().statusCode(201)
                .body("kind", equalTo("TEAM")).extract().path("id");
        send(viewer, thread, "Shall we see both again?").then().statusCode(201);
        given().auth().oauth2(first).get("/conversations/" + thread).then().statusCode(404);

        String shortlist = given().auth().oauth2(casting.token()).contentType(ContentType.JSON).body("{\"name\":\"Callbacks\"}")
                .post("/roles/" + casting.roleId() + "/shortlists").then().statusCode(201).extract().path("id");
        for (String submission : List.of(firstSubmission, secondSubmission)) {
            given().auth().oauth2(casting.token()).put("/roles/" + casting.roleId() + "/shortlists/" + shortlist + "/submissions/" + submission)
                    .then().statusCode(204);
        }
        given().auth().oauth2(viewer).contentType(ContentType.JSON).body("{\"text\":\"Callbacks Thursday\"}")
                .post("/shortlists/" + shortlist + "/messages").then().statusCode(403);
        List<String> sent = given().auth().oauth2(casting.token()).contentType(ContentType.JSON).body("{\"text\":\"Callbacks are Thursday.\"}")
                .post("/shortlists/" + shortlist + "/messages").then().statusCode(200).extract().path("conversations");
        assertThat(sent).hasSize(2).contains(conversation);
        for (String talent : List.of(first, second)) {
            JsonPath theirs = given().auth().oauth2(talent).get("/conversations").then().statusCode(200).extract().jsonPath();
            assertThat(theirs.getList("conversations")).hasSize(1);
            String id = theirs.getString("conversations[0].id");
            assertThat(given().auth().oauth2(talent).get("/conversations/" + id + "/messages").then().extract().<List<String>>path("messages.text"))
                    .contains("Callbacks are Thursday.");
        }
    }

    @Test
    void aReportedMessage_isReadByAModerator_andTakenDownForEveryone() throws Exception {
        Casting casting = Casting.open(TestTokens.newUser("casting"));
        String talent = TestTokens.newUser("talent");
        String conversation = open(casting.token(), "{\"submissionId\":\"" + casting.submitted(talent) + "\"}").then().statusCode(201)
                .extract().path("id");
        String message = send(casting.token(), conversation, "Send me your home address and a fee to secure the part.").then()
                .statusCode(201).extract().path("id");
        given().auth().oauth2(talent).contentType(ContentType.JSON)
                .body("{\"kind\":\"MESSAGE\",\"id\":\"" + message + "\",\"reason\":\"PAY_TO_AUDITION\"}").post("/reports").then().statusCode(202);
        String admin = World.newAdmin();
        given().auth().oauth2(admin).get("/admin/messages/" + message).then().statusCode(200)
                .body("text", org.hamcrest.Matchers.startsWith("Send me your home address"));
        given().auth().oauth2(admin).get("/conversations/" + conversation).then().statusCode(404);
        try (LiveSocket talentApp = LiveSocket.open(talent)) {
            given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"reason\":\"Asked for a fee to audition\"}")
                    .post("/admin/messages/" + message + "/takedown").then().statusCode(204);
            assertThat(talentApp.await("message.changed", PATIENCE).data().path("change").asText()).isEqualTo("REMOVED");
        }
        JsonPath page = given().auth().oauth2(talent).get("/conversations/" + conversation + "/messages").then().statusCode(200).extract().jsonPath();
        assertThat(page.getString("messages[0].text")).isNull();
        assertThat(page.getString("messages[0].removedReason")).isEqualTo("Asked for a fee to audition");
    }

    private String join(Casting casting, String email, String access) {
        return Teams.join(database, casting.token(), casting.projectId(), email, access);
    }

    private static io.restassured.response.Response open(String token, String body) {
        return json(token).body(body).post("/conversations");
    }

    private static io.restassured.response.Response send(String token, String conversation, String text) {
        return json(token).body("{\"text\":\"" + text + "\"}").post("/conversations/" + conversation + "/messages");
    }

    private static io.restassured.response.Response edit(String token, String conversation, String message, String text) {
        return json(token).body("{\"text\":\"" + text + "\"}").patch("/conversations/" + conversation + "/messages/" + message);
    }

    private static RequestSpecification json(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static List<String> subjects(String address) {
        return given().queryParam("recipient", address).queryParam("channel", "email").get("/local/messages").then().statusCode(200)
                .extract().jsonPath().getList("subject", String.class);
    }
}
