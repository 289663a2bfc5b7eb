package app.slate.payments.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class PlansAndGrantsTest {

    private static final String ADMIN = TestTokens.newUser("admin");

    @Test
    void aRetiredPlan_isOfferedToNobody_butAdminsStillSeeIt_andAPutOffersItAgain() {
        String code = newPlan(5, 3);
        given().auth().oauth2(ADMIN).delete("/admin/billing/plans/" + code).then().statusCode(204);
        given().get("/billing/plans").then().statusCode(200).body("plans.code", not(hasItem(code)));
        given().auth().oauth2(ADMIN).get("/admin/billing/plans").then().statusCode(200).body("plans.code", hasItem(code));
        given().auth().oauth2(ADMIN).delete("/admin/billing/plans/free").then().statusCode(409);
        newPlan(code, 5, 3);
        given().get("/billing/plans").then().statusCode(200).body("plans.code", hasItem(code));
    }

    @Test
    void aGrantedPlan_takesEffectAtOnce_andEndingItReturnsToFree() {
        String code = newPlan(25, 9);
        String account = UUID.randomUUID().toString();
        String token = TestTokens.forUser(account, "casting");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"planCode\":\"" + code + "\"}")
                .put("/admin/billing/accounts/" + account + "/plan").then().statusCode(204);
        given().auth().oauth2(token).get("/billing/me").then().statusCode(200)
                .body("plan.code", equalTo(code))
                .body("subscription.provider", equalTo("COMPLIMENTARY"))
                .body("usage.find { it.limit == 'openRoles' }.allowed", equalTo(9));

        given().auth().oauth2(ADMIN).delete("/admin/billing/accounts/" + account + "/plan").then().statusCode(204);
        given().auth().oauth2(token).get("/billing/me").then().statusCode(200)
                .body("plan.code", equalTo("free")).body("subscription", nullValue())
                .body("nextTier.code", equalTo("studio"));
        given().auth().oauth2(ADMIN).delete("/admin/billing/accounts/" + account + "/plan").then().statusCode(404);
    }

    @Test
    void mistakesInAPlan_areProblemsNamingTheirField() {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(plan(5, 3).replace("\"SAR\",\"amountMinor\":9900", "\"SAR\",\"amountMinor\":50"))
                .put("/admin/billing/plans/cheap-" + suffix()).then().statusCode(400)
                .body("errors[0].field", equalTo("prices[0].amountMinor"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(plan(5, 3))
                .put("/admin/billing/plans/Not A Code").then().statusCode(400).body("errors[0].field", equalTo("code"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"planCode\":\"no-such-plan\"}")
                .put("/admin/billing/accounts/" + UUID.randomUUID() + "/plan").then().statusCode(400)
                .body("errors[0].field", equalTo("planCode"));
        given().auth().oauth2(TestTokens.newUser("casting")).contentType(ContentType.JSON).body("{\"planCode\":\"studio\"}")
                .put("/admin/billing/accounts/" + UUID.randomUUID() + "/plan").then().statusCode(403);
    }

    private static String newPlan(int submissions, int openRoles) {
        return newPlan("test-" + suffix(), submissions, openRoles);
    }

    private static String newPlan(String code, int submissions, int openRoles) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(plan(submissions, openRoles))
                .put("/admin/billing/plans/" + code).then().statusCode(org.hamcrest.Matchers.oneOf(200, 201));
        return code;
    }

    private static String plan(int submissions, int openRoles) {
        return """
                {"name":"Festival partner","audience":"ANYONE","tier":3,
                 "entitlements":{"submissionsPerMonth":%d,"storageBytes":1000000,"openRoles":%d,"priorityPlacement":false,"featuredBadge":true},
                 "prices":[{"currency":"SAR","amountMinor":9900}]}""".formatted(submissions, openRoles);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
