package app.slate.notifications;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;

import app.slate.platform.testing.Events;
import io.restassured.http.ContentType;
import java.util.UUID;

/** The worker's sample batches made fresh for one test, and their delivery through the Lambda mock event server. */
final class WorkerBatches {

    private WorkerBatches() {
    }

    /** Hands the batch to the handler; every message must succeed. */
    static void deliver(String batch) {
        given().contentType(ContentType.JSON).body(batch).when().post("/_lambda_")
                .then().statusCode(200).body("batchItemFailures", empty());
    }

    /** events/notifications-worker/account-emails.json (registered, then a verification link) for this account and address. */
    static String accountEmails(UUID account, String address, String expiresAt) {
        return Events.read("notifications-worker", "account-emails.json")
                .replace("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a", UUID.randomUUID().toString())
                .replace("2e3f4a5b-6c7d-4e8f-9a0b-1c2d3e4f5a6b", UUID.randomUUID().toString())
                .replace("6a1e9c4d-2b7f-4d3a-8e5c-1f0a9b8c7d6e", account.toString())
                .replace("layla.otaibi@example.sa", address)
                .replace("2030-01-01T00:00:00Z", expiresAt);
    }

    /**
     * events/notifications-worker/casting-events.json (a shortlist and a callback) for this
     * recipient, with fresh event ids and a fresh submission (so each test has its own booking).
     */
    static String castingEvents(Object recipient) {
        return Events.read("notifications-worker", "casting-events.json")
                .replace("b7f3c1d2-4e5f-4a6b-8c7d-9e0f1a2b3c4d", UUID.randomUUID().toString())
                .replace("c8a4d2e3-5f6a-4b7c-9d8e-0f1a2b3c4d5e", UUID.randomUUID().toString())
                .replace("5b1f8a52-8d7e-4b8e-9a1c-2f6d3e4a5b6c", UUID.randomUUID().toString())
                .replace("<recipient>", recipient.toString());
    }
}
