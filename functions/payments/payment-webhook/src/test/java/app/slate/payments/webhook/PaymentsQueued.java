package app.slate.payments.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** Reads the payments queue for one provider event's envelopes, leaving the others for whom they concern. */
final class PaymentsQueued {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PaymentsQueued() {
    }

    /** The envelopes about this event (waits a little for {@code expected} of them; a second for none). */
    static List<JsonNode> about(SqsClient sqs, String queueUrl, String eventId, int expected) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        long until = System.currentTimeMillis() + (expected == 0 ? 1_000 : 10_000);
        while ((found.size() < expected || expected == 0) && System.currentTimeMillis() < until) {
            for (Message message : sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(1)).messages()) {
                JsonNode envelope = JSON.readTree(message.body());
                if (envelope.path("aggregateId").asText().equals(eventId)) {
                    found.add(envelope);
                    sqs.deleteMessage(d -> d.queueUrl(queueUrl).receiptHandle(message.receiptHandle()));
                } else {
                    sqs.changeMessageVisibility(c -> c.queueUrl(queueUrl).receiptHandle(message.receiptHandle()).visibilityTimeout(0));
                }
            }
        }
        return found;
    }
}
