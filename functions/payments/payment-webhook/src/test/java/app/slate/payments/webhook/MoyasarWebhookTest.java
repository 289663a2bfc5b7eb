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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * Moyasar's deliveries as Moyasar sends them (the secret token in the body, no signature): one with
 * the registered token is queued without it, once per event id however often it comes; a missing,
 * wrong or near-miss token is a 401 and queues nothing; a body that is not an event is a 400.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class MoyasarWebhookTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    SqsClient sqs;

    @ConfigProperty(name = "slate.payment-webhook.moyasar-secrets")
    List<String> secrets;

    @ConfigProperty(name = "slate.payment-webhook.queue-url")
    String queueUrl;

    @Test
    void aDeliveryWithTheToken_isQueuedWithoutIt_andARepeatIsTheSameEvent() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String body = body(eventId, secrets.get(0));
        deliver(body).statusCode(200).body("received", equalTo(true));
        deliver(body).statusCode(200);

        List<JsonNode> queued = PaymentsQueued.about(sqs, queueUrl, eventId, 2);
        assertThat(queued).hasSize(2);
        assertThat(queued.get(0).path("id")).isEqualTo(queued.get(1).path("id"));
        JsonNode delivery = queued.get(0).path("payload");
        assertThat(delivery.path("provider").asText()).isEqualTo("MOYASAR");
        assertThat(delivery.path("type").asText()).isEqualTo("payment_paid");
        assertThat(delivery.path("body").asText()).doesNotContain("secret_token").doesNotContain(secrets.get(0))
                .contains("5d6d9ad7-2c8e-4c8b-a3f1-6f3b7f0a1c2e");
    }

    @Test
    void missingWrongOrNearMissTokens_areRefused_andQueueNothing() throws Exception {
        String eventId = UUID.randomUUID().toString();
        String secret = secrets.get(0);
        deliver(body(eventId, secret).replace("\"secret_token\"", "\"token\"")).statusCode(401)
                .body("type", equalTo("https://slate.app/problems/invalid-signature"));
        deliver(body(eventId, "somebody-elses-token")).statusCode(401);
        deliver(body(eventId, secret.substring(0, secret.length() - 1))).statusCode(401);
        deliver(body(eventId, secret + "x")).statusCode(401);
        deliver(body(eventId, "")).statusCode(401);
        assertThat(PaymentsQueued.about(sqs, queueUrl, eventId, 0)).isEmpty();

        deliver("not json").statusCode(400).body("errors[0].field", equalTo("body"));
        deliver("[1,2]").statusCode(400);
        deliver(body(eventId, secret).replace(eventId, "not-an-id")).statusCode(400).body("errors[0].field", equalTo("id"));
    }

    @Test
    void theSampleLambdaEvent_isCheckedAndQueued() throws Exception {
        JsonNode event = JSON.readTree(Events.read("payment-webhook", "moyasar-payment-paid.json"));
        String eventId = UUID.randomUUID().toString();
        ((ObjectNode) event).put("body", body(eventId, secrets.get(0)));
        given().contentType("application/json").body(JSON.writeValueAsString(event)).post("/_lambda_").then().statusCode(200)
                .body("statusCode", equalTo(200));
        assertThat(PaymentsQueued.about(sqs, queueUrl, eventId, 1)).hasSize(1);
    }

    private static io.restassured.response.ValidatableResponse deliver(String body) {
        return given().contentType("application/json").body(body).post("/webhooks/moyasar").then();
    }

    private static String body(String eventId, String token) throws Exception {
        JsonNode event = JSON.readTree(Events.read("payment-webhook", "moyasar-payment-paid.json"));
        return event.path("body").asText().replace("f8b2a1d6-0e5c-4b7f-9c3a-2d1e6f4a8b90", eventId).replace("<secret_token>", token);
    }
}
