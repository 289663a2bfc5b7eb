package app.slate.identity.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.identity.account.Account;
import app.slate.identity.webhook.nafath.AuthenticaSignature;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class NafathWebhookTest {

    private static final String SECRET = "authentica-shared-secret-for-tests";

    @Inject
    Mutiny.SessionFactory database;

    private Account pendingAccount() {
        Account account = Account.create("nafath-" + UUID.randomUUID() + "@example.com", "Noura", Set.of("talent"));
        account.verificationTransaction = UUID.randomUUID().toString();
        return StoredAccounts.persist(database, account);
    }

    private static String callback(Account account, String transaction) throws Exception {
        String nationalId = "1" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
        return ClerkWebhookTest.sample("nafath-callback.json")
                .replace("6f1c2d3e-4a5b-4c6d-8e7f-901234567890", transaction)
                .replace("00000000-0000-0000-0000-000000000000", account.id.toString())
                .replace("1012345678", nationalId)
                .replace("2026-11-22T09:30:00Z", Instant.now().minusSeconds(5).toString());
    }

    private static RequestSpecification signed(String secret, long timestamp, String body) {
        String stamp = Long.toString(timestamp);
        return given().header("X-Authentica-Timestamp", stamp)
                .header("X-Authentica-Signature", AuthenticaSignature.sign(secret, stamp, body))
                .contentType("application/json").body(body);
    }

    @Test
    void completedVerification_marksTheAccountVerifiedForTwelveMonths_once() throws Exception {
        Account account = pendingAccount();
        String body = callback(account, account.verificationTransaction);
        long now = Instant.now().getEpochSecond();
        signed(SECRET, now, body).post("/webhooks/nafath").then().statusCode(200).body("outcome", equalTo("applied"));
        signed(SECRET, now, body).post("/webhooks/nafath").then().statusCode(200).body("outcome", equalTo("duplicate"));

        Account verified = StoredAccounts.byId(database, account.id);
        assertThat(verified.nationalIdVerifiedAt).isNotNull();
        assertThat(Duration.between(verified.nationalIdVerifiedAt, verified.nationalIdExpiresAt)).isEqualTo(Duration.ofDays(365));
        assertThat(verified.verificationTransaction).isNull();
    }

    @Test
    void aCallbackNamingAnotherUser_isRefusedUnrecorded_soTheGenuineOneStillApplies() throws Exception {
        Account account = pendingAccount();
        Account other = pendingAccount();
        String genuine = callback(account, account.verificationTransaction);
        String forged = genuine.replace(account.id.toString(), other.id.toString());
        long now = Instant.now().getEpochSecond();

        signed(SECRET, now, forged).post("/webhooks/nafath").then().statusCode(422);
        assertThat(StoredAccounts.byId(database, other.id).nationalIdVerifiedAt).isNull();
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNull();

        signed(SECRET, now, genuine).post("/webhooks/nafath").then().statusCode(200).body("outcome", equalTo("applied"));
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNotNull();
    }

    @Test
    void aCallbackForAnotherTransaction_changesNothing() throws Exception {
        Account account = pendingAccount();
        signed(SECRET, Instant.now().getEpochSecond(), callback(account, UUID.randomUUID().toString()))
                .post("/webhooks/nafath").then().statusCode(200);
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNull();
    }

    @Test
    void wrongSecretStaleOrUnsigned_areRefused() throws Exception {
        Account account = pendingAccount();
        String body = callback(account, account.verificationTransaction);
        long now = Instant.now().getEpochSecond();
        signed("not the shared secret", now, body).post("/webhooks/nafath").then().statusCode(401);
        signed(SECRET, now - 400, body).post("/webhooks/nafath").then().statusCode(401);
        given().contentType("application/json").body(body).post("/webhooks/nafath").then().statusCode(401);
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNull();
    }

    @Test
    void aMalformedCallback_isA400NamingTheField() {
        String body = "{\"transaction_id\":\"t\",\"status\":\"COMPLETED\",\"national_id\":\"12\",\"user_id\":\"u\"}";
        signed(SECRET, Instant.now().getEpochSecond(), body).post("/webhooks/nafath")
                .then().statusCode(400).body("errors[0].field", equalTo("nationalId"));
    }
}
