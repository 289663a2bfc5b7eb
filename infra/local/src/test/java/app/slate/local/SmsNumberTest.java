package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SentMessage;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.common.mapper.TypeRef;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A number for SMS end to end: set through the API, its code texted by the worker through the
 * Twilio stand-in and read from the local mailbox, verified; and Twilio's signed status callback
 * marks the code's text delivered in the person's own delivery log.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SmsNumberTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final Pattern CODE = Pattern.compile("your code is (\\d{6})");

    @Test
    void setANumber_getItsCodeByText_verifyIt_andSeeTheTextDelivered() {
        String token = World.login(World.register("talent")).path("accessToken");
        String number = "+4477009" + (10_000 + ThreadLocalRandom.current().nextInt(89_999));

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"number\":\"" + number + "\"}").put("/notifications/phone")
                .then().statusCode(202).body("verified", equalTo(false));
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"code\":\"000000\"}").post("/notifications/phone/verify")
                .then().statusCode(400);

        SentMessage text = await().atMost(PATIENCE).until(() -> given().queryParam("recipient", number).queryParam("channel", "sms")
                .get("/local/messages").then().statusCode(200).extract().as(new TypeRef<List<SentMessage>>() { }).stream()
                .findFirst().orElse(null), found -> found != null);
        Matcher code = CODE.matcher(text.text());
        assertThat(code.find()).as(text.text()).isTrue();

        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"code\":\"" + code.group(1) + "\"}")
                .post("/notifications/phone/verify").then().statusCode(200).body("verified", equalTo(true));
        given().auth().oauth2(token).get("/notifications/phone").then().statusCode(200).body("number", equalTo(number));

        await().atMost(PATIENCE).untilAsserted(() -> given().auth().oauth2(token).get("/notifications/deliveries").then().statusCode(200)
                .body("find { it.channel == 'SMS' }.status", equalTo("DELIVERED")));
    }
}
