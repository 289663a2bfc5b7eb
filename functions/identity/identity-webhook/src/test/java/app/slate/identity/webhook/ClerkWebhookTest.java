package app.slate.identity.webhook;

import app.slate.platform.http.webhook.Deliveries;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.identity.account.Account;
import app.slate.platform.testing.StandInsResource;
import com.svix.Webhook;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

/** Deliveries signed by the official Svix library, exactly as Clerk's arrive. */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class ClerkWebhookTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ROTATED_SECRET = "whsec_c2Vjb25kIHNlY3JldCBkdXJpbmcgcm90YXRpb24=";

    @Inject
    Mutiny.SessionFactory database;

    static String sample(String name) throws Exception {
        Path repository = Path.of(System.getProperty("slate.repo.root", "../../.."));
        return Files.readString(repository.resolve("events/identity-webhook/" + name), StandardCharsets.UTF_8);
    }

    static String userEvent(String type, String clerkId, String email, long updatedAt) throws Exception {
        return sample("clerk-user-created.json").replace("\"user.created\"", "\"" + type + "\"")
                .replace("user_2pZfJ1TnJXq7QxR4vH9sL0aBcDe", clerkId).replace("rosa.lind@example.com", email)
                .replace("1732262400000", Long.toString(updatedAt));
    }

    static RequestSpecification signed(String secret, String id, long timestamp, String body) throws Exception {
        String signature = new Webhook(secret).sign(id, timestamp, body);
        return given().header("svix-id", id).header("svix-timestamp", Long.toString(timestamp))
                .header("svix-signature", signature).contentType("application/json").body(body);
    }

    @Test
    void userCreated_createsTheAccountOnce_evenWhenDeliveredTwice() throws Exception {
        String clerkId = "user_" + UUID.randomUUID().toString().replace("-", "");
        String email = "clerk-" + UUID.randomUUID() + "@example.com";
        String body = userEvent("user.created", clerkId, email, 1_732_262_400_000L);
        String id = "msg_" + UUID.randomUUID();
        long now = Instant.now().getEpochSecond();

        signed(SECRET, id, now, body).post("/webhooks/clerk").then().log().ifValidationFails().statusCode(200).body("outcome", equalTo("applied"));
        signed(SECRET, id, now, body).post("/webhooks/clerk").then().statusCode(200).body("outcome", equalTo("duplicate"));

        Account account = StoredAccounts.byExternalId(database, clerkId);
        assertThat(account.email).isEqualTo(email);
        assertThat(account.roleSet()).containsExactly("talent");
        assertThat(account.emailVerifiedAt).isNotNull();
        assertThat(account.passwordHash).isNull();
    }

    @Test
    void userCreatedForAnExistingVerifiedEmail_linksTheAccount_withoutChangingWhatThePersonSet() throws Exception {
        String email = "linked-" + UUID.randomUUID() + "@example.com";
        Account existing = Account.create(email, "Rosa as she calls herself", Set.of("talent"));
        existing.emailVerifiedAt = Instant.now().minusSeconds(3600);
        StoredAccounts.persist(database, existing);
        String clerkId = "user_" + UUID.randomUUID().toString().replace("-", "");

        signed(SECRET, "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), userEvent("user.created", clerkId, email, 1_732_262_400_000L))
                .post("/webhooks/clerk").then().statusCode(200).body("outcome", equalTo("applied"));

        Account linked = StoredAccounts.byId(database, existing.id);
        assertThat(linked.externalId).isEqualTo(clerkId);
        assertThat(linked.displayName).isEqualTo("Rosa as she calls herself");
        assertThat(linked.email).isEqualTo(email);
    }

    @Test
    void updates_applyInOrder_andAStaleOneChangesNothing() throws Exception {
        String clerkId = "user_" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        signed(SECRET, "msg_" + UUID.randomUUID(), now, userEvent("user.created", clerkId, "first-" + UUID.randomUUID() + "@example.com", 1000))
                .post("/webhooks/clerk").then().statusCode(200);
        String newer = "newer-" + UUID.randomUUID() + "@example.com";
        signed(ROTATED_SECRET, "msg_" + UUID.randomUUID(), now, userEvent("user.updated", clerkId, newer, 3000))
                .post("/webhooks/clerk").then().statusCode(200);
        signed(SECRET, "msg_" + UUID.randomUUID(), now, userEvent("user.updated", clerkId, "stale-" + UUID.randomUUID() + "@example.com", 2000))
                .post("/webhooks/clerk").then().statusCode(200);
        assertThat(StoredAccounts.byExternalId(database, clerkId).email).isEqualTo(newer);
    }

    @Test
    void userDeleted_softDeletesTheLinkedAccount() throws Exception {
        String clerkId = "user_" + UUID.randomUUID().toString().replace("-", "");
        long now = Instant.now().getEpochSecond();
        signed(SECRET, "msg_" + UUID.randomUUID(), now, userEvent("user.created", clerkId, "gone-" + UUID.randomUUID() + "@example.com", 1000))
                .post("/webhooks/clerk").then().statusCode(200);
        UUID accountId = StoredAccounts.byExternalId(database, clerkId).id;
        String deleted = sample("clerk-user-deleted.json").replace("user_2pZfJ1TnJXq7QxR4vH9sL0aBcDe", clerkId);
        signed(SECRET, "msg_" + UUID.randomUUID(), now, deleted).post("/webhooks/clerk").then().statusCode(200);

        Account account = StoredAccounts.byId(database, accountId);
        assertThat(account.deletedAt).isNotNull();
        assertThat(account.email).isNull();
    }

    @Test
    void forgedStaleOrIncompleteDeliveries_areRefused_andChangeNothing() throws Exception {
        String clerkId = "user_" + UUID.randomUUID().toString().replace("-", "");
        String body = userEvent("user.created", clerkId, "forged-" + UUID.randomUUID() + "@example.com", 1000);
        long now = Instant.now().getEpochSecond();

        signed("whsec_" + java.util.Base64.getEncoder().encodeToString("someone else's secret".getBytes()), "msg_1", now, body)
                .post("/webhooks/clerk").then().statusCode(401).contentType("application/problem+json");
        signed(SECRET, "msg_2", now - 400, body).post("/webhooks/clerk").then().statusCode(401);
        signed(SECRET, "msg_3", now + 400, body).post("/webhooks/clerk").then().statusCode(401);
        String signature = new Webhook(SECRET).sign("msg_4", now, body);
        given().header("svix-id", "msg_4").header("svix-timestamp", Long.toString(now)).header("svix-signature", signature)
                .contentType("application/json").body(body.replace("Rosa", "Eve")).post("/webhooks/clerk").then().statusCode(401);
        given().contentType("application/json").body(body).post("/webhooks/clerk").then().statusCode(401);

        assertThat(StoredAccounts.byExternalId(database, clerkId)).isNull();
    }
}
