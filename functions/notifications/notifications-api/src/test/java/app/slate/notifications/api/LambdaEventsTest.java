package app.slate.notifications.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import app.slate.notifications.delivery.Channel;
import app.slate.notifications.preferences.Category;
import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.UnsubscribeLinks;
import app.slate.notifications.preferences.UnsubscribeLinks.Unsubscribe;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Feeds the API Gateway HTTP API (payload 2.0) events in events/notifications-api to the function's
 * real Lambda handler, raw, as API Gateway would. Only the bearer token is made fresh.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class LambdaEventsTest {

    @Inject
    UnsubscribeLinks links;

    @Inject
    Preferences preferences;

    @Test
    void unreadCountEvent_answersForTheCaller() {
        invoke("inbox-unread-count.json", TestTokens.newUser("talent"))
                .body("statusCode", equalTo(200))
                .body("body", equalTo("{\"unread\":0}"));
    }

    @Test
    void preferencesEvent_changesTheCallersOwnSettings_andAnswersThemAll() {
        invoke("notification-preferences.json", TestTokens.newUser("talent"))
                .body("statusCode", equalTo(200))
                .body("body", containsString("\"language\":\"ar\",\"timeZone\":\"Asia/Riyadh\""))
                .body("body", containsString("{\"category\":\"AUDITIONS\",\"channel\":\"EMAIL\",\"enabled\":false}"))
                .body("body", containsString("{\"category\":\"SUBMISSIONS\",\"channel\":\"EMAIL\",\"enabled\":true}"));
    }

    @Test
    void anUnknownTimeZoneOrChannel_isAProblemNamingTheField() {
        String token = TestTokens.newUser("talent");
        invoke("notification-preferences.json", token, "Asia/Riyadh", "Mars/Olympus")
                .body("statusCode", equalTo(400)).body("body", containsString("timeZone"));
        invoke("notification-preferences.json", token, "\\\"EMAIL\\\"", "\\\"FAX\\\"")
                .body("statusCode", equalTo(400)).body("body", containsString("choices"));
    }

    @Test
    void oneClickUnsubscribe_switchesThatCategoryOff_withoutALogin_andAForgedLinkChangesNothing() {
        UUID talent = UUID.randomUUID();
        String token = links.token(new Unsubscribe(talent, Category.SELF_TAPES, Channel.EMAIL));

        invoke("unsubscribe.json", null, "<token>", token)
                .body("statusCode", equalTo(200)).body("body", containsString("\"unsubscribed\":true"));
        assertThat(preferences.allows(talent, Category.SELF_TAPES, Channel.EMAIL)).isFalse();
        assertThat(preferences.allows(talent, Category.AUDITIONS, Channel.EMAIL)).isTrue();

        String forged = links.token(new Unsubscribe(UUID.randomUUID(), Category.AUDITIONS, Channel.EMAIL));
        invoke("unsubscribe.json", null, "<token>", forged.substring(0, forged.indexOf('.')) + token.substring(token.indexOf('.')))
                .body("statusCode", equalTo(400)).body("body", containsString("token"));
    }

    private static ValidatableResponse invoke(String file, String token, String replaced, String by) {
        String event = Events.read("notifications-api", file).replace(replaced, by);
        if (token != null) {
            event = event.replace("<access token>", token);
        }
        return given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200);
    }

    private static ValidatableResponse invoke(String file, String token) {
        String event = Events.read("notifications-api", file).replace("<access token>", token);
        return given().contentType(ContentType.JSON).body(event).when().post("/_lambda_").then().statusCode(200);
    }
}
