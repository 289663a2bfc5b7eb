package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SentMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The account emails end to end through the local cloud: identity writes the event, the relay
 * routes it, the notifications worker sends it through SES (the stand-in), and the link read from
 * the local mailbox ({@code GET /local/messages}) works against identity's confirm routes.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AccountEmailFlowsTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final Pattern TOKEN = Pattern.compile("/(verify-email|reset-password)#token=([A-Za-z0-9_%-]+)");

    @Test
    void register_email_confirm_verified() {
        String email = World.register("talent");
        String token = tokenFrom(awaitEmail(email, "Confirm your email for Slate"));
        String access = World.login(email).path("accessToken");
        assertThat(given().auth().oauth2(access).get("/me").then().statusCode(200).extract().<Boolean>path("emailVerified")).isFalse();

        confirm("/auth/email-verification/confirm", "{\"token\":\"" + token + "\"}").then().statusCode(204);

        assertThat(given().auth().oauth2(access).get("/me").then().statusCode(200).extract().<Boolean>path("emailVerified")).isTrue();
        confirm("/auth/email-verification/confirm", "{\"token\":\"" + token + "\"}").then().statusCode(400);

        // The person's own delivery log shows it; the admins' figures count it.
        given().auth().oauth2(access).get("/notifications/deliveries").then().statusCode(200)
                .body("template", hasItem("verify-email")).body("status", hasItem("SENT")).body("address", everyItem(equalTo(email)));
        given().auth().oauth2(World.newAdmin()).queryParam("from", Instant.now().minus(Duration.ofHours(1)).toString())
                .queryParam("to", Instant.now().plus(Duration.ofMinutes(1)).toString()).get("/admin/notifications/figures")
                .then().statusCode(200).body("find { it.channel == 'EMAIL' }.sent", greaterThanOrEqualTo(1));
    }

    @Test
    void reset_email_theNewPasswordWorks_andTheLinkIsSpent() {
        String email = World.register("talent");
        given().contentType(ContentType.JSON).body("{\"email\":\"" + email + "\"}").post("/auth/password-reset").then().statusCode(202);
        String token = tokenFrom(awaitEmail(email, "Reset your Slate password"));

        String newPassword = "a brand new passphrase";
        confirm("/auth/password-reset/confirm", "{\"token\":\"" + token + "\",\"newPassword\":\"" + newPassword + "\"}").then().statusCode(204);

        given().contentType(ContentType.JSON).body(World.credentials(email, newPassword)).post("/auth/login").then().statusCode(200);
        given().contentType(ContentType.JSON).body(World.credentials(email)).post("/auth/login").then().statusCode(401);
        confirm("/auth/password-reset/confirm", "{\"token\":\"" + token + "\",\"newPassword\":\"yet another passphrase\"}")
                .then().statusCode(400);
    }

    @Test
    void anInvitedCollaborator_getsTheInvitation_verifiesTheirEmail_thenAccepts() {
        String director = World.login(World.register("casting")).path("accessToken");
        String projectId = given().auth().oauth2(director).contentType(ContentType.JSON)
                .body("""
                        {"title":"The Glass Orchard","type":"FILM","locations":[{"city":"Leeds","country":"GB"}],"union":"MIXED","confidential":false}""").post("/projects").then().statusCode(201).extract().path("id");
        String invitee = World.newEmail();
        given().auth().oauth2(director).contentType(ContentType.JSON).body("{\"email\":\"" + invitee + "\",\"access\":\"EDITOR\"}")
                .post("/projects/" + projectId + "/collaborators").then().statusCode(200);
        SentMessage invitation = awaitEmail(invitee, "Join the casting team of The Glass Orchard");
        assertThat(invitation.text()).contains("as an editor").contains("/projects/" + projectId + "/join");
        given().contentType(ContentType.JSON).body(World.registration(invitee).replace("\"talent\"", "\"casting\""))
                .post("/auth/register").then().statusCode(201);
        String collaborator = World.login(invitee).path("accessToken");
        given().auth().oauth2(collaborator).post("/projects/" + projectId + "/collaborators/accept").then().statusCode(403);

        String token = tokenFrom(awaitEmail(invitee, "Confirm your email for Slate"));
        confirm("/auth/email-verification/confirm", "{\"token\":\"" + token + "\"}").then().statusCode(204);

        given().auth().oauth2(collaborator).post("/projects/" + projectId + "/collaborators/accept").then().statusCode(200);
        given().auth().oauth2(collaborator).get("/projects/" + projectId).then().statusCode(200);
    }

    private static SentMessage awaitEmail(String address, String subject) {
        return await().atMost(PATIENCE).pollInterval(Duration.ofMillis(200)).until(() -> given()
                        .queryParam("recipient", address).queryParam("channel", "email").get("/local/messages")
                        .then().statusCode(200).extract().as(new TypeRef<List<SentMessage>>() { }).stream()
                        .filter(message -> message.subject().equals(subject)).findFirst().orElse(null),
                message -> message != null);
    }

    private static String tokenFrom(SentMessage email) {
        Matcher link = TOKEN.matcher(email.text());
        assertThat(link.find()).as("a link in: " + email.text()).isTrue();
        assertThat(email.html()).contains(link.group());
        return java.net.URLDecoder.decode(link.group(2), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static io.restassured.response.Response confirm(String route, String body) {
        return given().contentType(ContentType.JSON).body(body).post(route);
    }
}
