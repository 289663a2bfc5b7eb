package app.slate.identity.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.identity.account.Account;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/**
 * Authentica's Nafath webhook in its documented form (TransactionId, NationalId, Status, Password):
 * the password is the authentication, a transaction applies once and only to the account waiting
 * on it, for the national ID it was started with.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class NafathWebhookTest {

    private static final String PASSWORD = "authentica-shared-secret-for-tests";

    @Inject
    Mutiny.SessionFactory database;

    private static String newNationalId() {
        return "1" + (100_000_000 + ThreadLocalRandom.current().nextInt(899_999_999));
    }

    private Account pendingAccount(String nationalId) {
        Account account = Account.create("nafath-" + UUID.randomUUID() + "@example.com", "Noura", Set.of("talent"));
        account.verificationStarted(UUID.randomUUID().toString(), nationalId);
        return StoredAccounts.persist(database, account);
    }

    private static String callback(String transaction, String nationalId, String status, String password) throws Exception {
        return ClerkWebhookTest.sample("nafath-callback.json")
                .replace("6f1c2d3e-4a5b-4c6d-8e7f-901234567890", transaction)
                .replace("1012345678", nationalId)
                .replace("\"COMPLETED\"", "\"" + status + "\"")
                .replace("<webhook password>", password);
    }

    private static RequestSpecification delivered(String body) {
        return given().contentType("application/json").body(body);
    }

    @Test
    void completedVerification_marksTheAccountVerifiedForTwelveMonths_once() throws Exception {
        String nationalId = newNationalId();
        Account account = pendingAccount(nationalId);
        String body = callback(account.verificationTransaction, nationalId, "COMPLETED", PASSWORD);
        delivered(body).post("/webhooks/nafath").then().statusCode(200).body("outcome", equalTo("applied"));
        delivered(body).post("/webhooks/nafath").then().statusCode(200).body("outcome", equalTo("duplicate"));

        Account verified = StoredAccounts.byId(database, account.id);
        assertThat(verified.nationalIdVerifiedAt).isNotNull();
        assertThat(verified.nationalId).isEqualTo(nationalId);
        assertThat(Duration.between(verified.nationalIdVerifiedAt, verified.nationalIdExpiresAt)).isEqualTo(Duration.ofDays(365));
        assertThat(verified.verificationTransaction).isNull();
        assertThat(verified.verificationNationalIdDigest).isNull();
    }

    @Test
    void aCallbackNamingAnotherNationalId_isRefusedUnrecorded_soTheGenuineOneStillApplies() throws Exception {
        String nationalId = newNationalId();
        Account account = pendingAccount(nationalId);
        delivered(callback(account.verificationTransaction, newNationalId(), "COMPLETED", PASSWORD)).post("/webhooks/nafath")
                .then().statusCode(422).body("type", org.hamcrest.Matchers.endsWith("transaction-mismatch"));
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNull();

        delivered(callback(account.verificationTransaction, nationalId, "COMPLETED", PASSWORD)).post("/webhooks/nafath")
                .then().statusCode(200).body("outcome", equalTo("applied"));
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNotNull();
    }

    @Test
    void aRejectedOrExpiredRequest_endsTheWaitWithoutVerifying() throws Exception {
        String nationalId = newNationalId();
        Account account = pendingAccount(nationalId);
        delivered(callback(account.verificationTransaction, nationalId, "REJECTED", PASSWORD)).post("/webhooks/nafath")
                .then().statusCode(200).body("outcome", equalTo("applied"));
        Account after = StoredAccounts.byId(database, account.id);
        assertThat(after.nationalIdVerifiedAt).isNull();
        assertThat(after.verificationTransaction).isNull();
    }

    @Test
    void aCallbackForAnotherTransaction_changesNothing() throws Exception {
        String nationalId = newNationalId();
        Account account = pendingAccount(nationalId);
        delivered(callback(UUID.randomUUID().toString(), nationalId, "COMPLETED", PASSWORD)).post("/webhooks/nafath").then().statusCode(200);
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNull();
    }

    @Test
    void aWrongOrMissingPassword_isRefused_andNothingApplies() throws Exception {
        String nationalId = newNationalId();
        Account account = pendingAccount(nationalId);
        String genuine = callback(account.verificationTransaction, nationalId, "COMPLETED", PASSWORD);
        delivered(genuine.replace(PASSWORD, "not the password")).post("/webhooks/nafath").then().statusCode(401);
        delivered(genuine.replace(PASSWORD, PASSWORD.substring(1))).post("/webhooks/nafath").then().statusCode(401);
        delivered(genuine.replace("\"Password\": \"" + PASSWORD + "\"", "\"Other\": 1")).post("/webhooks/nafath").then().statusCode(401);
        delivered("not json").post("/webhooks/nafath").then().statusCode(400);
        assertThat(StoredAccounts.byId(database, account.id).nationalIdVerifiedAt).isNull();
    }

    @Test
    void aMalformedCallback_isA400NamingTheField() {
        String body = "{\"TransactionId\":\"t\",\"Status\":\"COMPLETED\",\"NationalId\":\"12\",\"Password\":\"" + PASSWORD + "\"}";
        delivered(body).post("/webhooks/nafath").then().statusCode(400).body("errors[0].field", equalTo("NationalId"));
    }
}
