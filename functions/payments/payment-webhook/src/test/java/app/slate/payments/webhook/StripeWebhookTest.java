package app.slate.payments.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Stripe's deliveries as Stripe signs them (HMAC-SHA256 of "t.body", computed here from the
 * specification, not by Slate's code): a good one is queued once with an id that repeats for a
 * repeated delivery; every kind of bad signature is a 401 and queues nothing.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class StripeWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SqsClient sqs;

    @ConfigProperty(name = "slate.payment-webhook.stripe-secrets")
    String secret;

    @ConfigProperty(name = "slate.payment-webhook.queue-url")
    String queueUrl;

    @Test
    void aSignedDelivery_isQueued_andARepeatIsTheSameEvent() throws Exception {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = body(eventId);
        long now = Instant.now().getEpochSecond();
        deliver(body, "t=" + now + ",v1=" + sign(secret, now, body)).statusCode(200).body("received", equalTo(true));
        deliver(body, "t=" + (now + 1) + ",v1=" + sign(secret, now + 1, body)).statusCode(200);

        List<JsonNode> queued = queuedFor(eventId, 2);
        assertThat(queued).hasSize(2);
        assertThat(queued.get(0).path("id")).isEqualTo(queued.get(1).path("id"));
        assertThat(queued.get(0).path("type").asText()).isEqualTo("payments.provider-event");
        assertThat(queued.get(0).path("payload").path("body").asText()).isEqualTo(body);
        assertThat(queued.get(0).path("payload").path("type").asText()).isEqualTo("customer.subscription.created");
    }

    @Test
    void duringARotation_eitherSecretsSignatureIsAccepted() throws Exception {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = body(eventId);
        long now = Instant.now().getEpochSecond();
        deliver(body, "t=" + now + ",v1=" + sign("whsec_the_new_secret_not_configured_yet", now, body) + ",v1=" + sign(secret, now, body))
                .statusCode(200);
        assertThat(queuedFor(eventId, 1)).hasSize(1);
    }

    @Test
    void unsignedForgedStaleFutureOrTamperedDeliveries_areRefused_andQueueNothing() throws Exception {
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = body(eventId);
        long now = Instant.now().getEpochSecond();
        given().contentType("application/json").body(body).post("/webhooks/stripe").then().statusCode(401)
                .body("type", equalTo("https://slate.app/problems/invalid-signature"));
        deliver(body, "t=" + now + ",v1=" + sign("whsec_somebody_elses_secret", now, body)).statusCode(401);
        deliver(body, "t=" + (now - 400) + ",v1=" + sign(secret, now - 400, body)).statusCode(401);
        deliver(body, "t=" + (now + 400) + ",v1=" + sign(secret, now + 400, body)).statusCode(401);
        deliver(body.replace("\"trialing\"", "\"active\""), "t=" + now + ",v1=" + sign(secret, now, body)).statusCode(401);
        deliver(body, "v1=" + sign(secret, now, body)).statusCode(401);
        deliver(body, "t=" + now + ",v0=" + sign(secret, now, body)).statusCode(401);
        assertThat(queuedFor(eventId, 0)).isEmpty();
    }

    @Test
    void theSampleLambdaEvent_isVerifiedAndQueued() throws Exception {
        JsonNode event = JSON.readTree(Events.read("payment-webhook", "stripe-subscription-created.json"));
        String eventId = "evt_" + UUID.randomUUID().toString().replace("-", "");
        String body = event.path("body").asText().replace("evt_1QxLq2Hk8DPc9sXbT0mRgW4e", eventId);
        long now = Instant.now().getEpochSecond();
        ((ObjectNode) event).put("body", body);
        ((ObjectNode) event.path("headers")).put("stripe-signature", "t=" + now + ",v1=" + sign(secret, now, body));
        given().contentType("application/json").body(JSON.writeValueAsString(event)).post("/_lambda_").then().statusCode(200)
                .body("statusCode", equalTo(200));
        assertThat(queuedFor(eventId, 1)).hasSize(1);
    }

    private static io.restassured.response.ValidatableResponse deliver(String body, String signature) {
        return given().contentType("application/json; charset=utf-8").header("Stripe-Signature", signature).body(body)
                .post("/webhooks/stripe").then();
    }

    private static String body(String eventId) throws Exception {
        JsonNode event = JSON.readTree(Events.read("payment-webhook", "stripe-subscription-created.json"));
        return event.path("body").asText().replace("evt_1QxLq2Hk8DPc9sXbT0mRgW4e", eventId);
    }

    private List<JsonNode> queuedFor(String eventId, int expected) throws Exception {
        return PaymentsQueued.about(sqs, queueUrl, eventId, expected);
    }

    static String sign(String secret, long timestamp, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
    }
}
