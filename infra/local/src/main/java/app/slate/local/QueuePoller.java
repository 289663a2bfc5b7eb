package app.slate.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.DeleteMessageBatchRequestEntry;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;

/**
 * Plays Lambda's SQS event source mapping for one queue: long-polls a batch, hands it to the
 * handler as an SQS event, deletes what succeeded and leaves the reported failures to come back
 * after a retry delay, until the queue's redrive policy moves them to the dead-letter queue.
 */
final class QueuePoller implements Runnable {

    private static final Logger LOG = Logger.getLogger(QueuePoller.class);

    private final SqsClient sqs;
    private final LambdaInvoker invoker;
    private final ObjectMapper json;
    private final String handler;
    private final String queueUrl;
    private final int batchSize;
    private final int retryDelaySeconds;
    private volatile boolean running = true;

    QueuePoller(SqsClient sqs, LambdaInvoker invoker, ObjectMapper json, String handler, String queueUrl,
                int batchSize, int retryDelaySeconds) {
        this.sqs = sqs;
        this.invoker = invoker;
        this.json = json;
        this.handler = handler;
        this.queueUrl = queueUrl;
        this.batchSize = batchSize;
        this.retryDelaySeconds = retryDelaySeconds;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                pollOnce();
            } catch (RuntimeException e) {
                if (running) {
                    LOG.warnf(e, "%s: polling %s failed", handler, queueUrl);
                    pause();
                }
            }
        }
    }

    private void pollOnce() {
        List<Message> messages = sqs.receiveMessage(r -> r.queueUrl(queueUrl).maxNumberOfMessages(batchSize)
                .waitTimeSeconds(1).messageSystemAttributeNames(MessageSystemAttributeName.ALL)
                .messageAttributeNames("All")).messages();
        if (messages.isEmpty()) {
            return;
        }
        Set<String> failed = new HashSet<>();
        try {
            JsonNode response = invoker.invoke(handler, event(messages));
            response.path("batchItemFailures").forEach(f -> failed.add(f.path("itemIdentifier").asText()));
        } catch (RuntimeException e) {
            LOG.warnf(e, "%s failed on a batch of %d; all of it will be retried", handler, messages.size());
            messages.forEach(m -> failed.add(m.messageId()));
        }
        List<DeleteMessageBatchRequestEntry> done = messages.stream().filter(m -> !failed.contains(m.messageId()))
                .map(m -> DeleteMessageBatchRequestEntry.builder().id(m.messageId()).receiptHandle(m.receiptHandle()).build())
                .toList();
        if (!done.isEmpty()) {
            sqs.deleteMessageBatch(d -> d.queueUrl(queueUrl).entries(done));
        }
        messages.stream().filter(m -> failed.contains(m.messageId())).forEach(m ->
                sqs.changeMessageVisibility(c -> c.queueUrl(queueUrl).receiptHandle(m.receiptHandle())
                        .visibilityTimeout(retryDelaySeconds)));
    }

    /** The SQS event JSON that Lambda would deliver for these messages. */
    private JsonNode event(List<Message> messages) {
        ObjectNode event = json.createObjectNode();
        ArrayNode records = event.putArray("Records");
        String queueName = queueUrl.substring(queueUrl.lastIndexOf('/') + 1);
        for (Message message : messages) {
            ObjectNode record = records.addObject();
            record.put("messageId", message.messageId());
            record.put("receiptHandle", message.receiptHandle());
            record.put("body", message.body());
            ObjectNode attributes = record.putObject("attributes");
            message.attributesAsStrings().forEach(attributes::put);
            ObjectNode messageAttributes = record.putObject("messageAttributes");
            for (Map.Entry<String, MessageAttributeValue> attribute
                    : message.messageAttributes().entrySet()) {
                messageAttributes.putObject(attribute.getKey())
                        .put("stringValue", attribute.getValue().stringValue())
                        .put("dataType", attribute.getValue().dataType());
            }
            record.put("md5OfBody", message.md5OfBody());
            record.put("eventSource", "aws:sqs");
            record.put("eventSourceARN", "arn:aws:sqs:us-east-1:000000000000:" + queueName);
            record.put("awsRegion", "us-east-1");
        }
        return event;
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
