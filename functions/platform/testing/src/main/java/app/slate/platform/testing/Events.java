package app.slate.platform.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.UUID;

/** The sample events under events/, which tests feed to the handlers they belong to. */
public final class Events {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Events() {
    }

    public static String read(String function, String name) {
        try {
            return Files.readString(SharedStandIns.repositoryRoot().resolve("events").resolve(function).resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One event, as the relay puts it on a queue: an envelope with a fresh id, occurring now. */
    public static String envelope(String type, String aggregateType, String aggregateId, String payload) {
        try {
            ObjectNode envelope = JSON.createObjectNode().put("id", UUID.randomUUID().toString()).put("type", type)
                    .put("aggregateType", aggregateType).put("aggregateId", aggregateId).put("occurredAt", Instant.now().toString());
            envelope.set("payload", JSON.readTree(payload));
            return JSON.writeValueAsString(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An SQS batch event carrying these envelopes, each message named after its event. */
    public static String sqsBatch(String... envelopes) {
        try {
            ObjectNode batch = JSON.createObjectNode();
            ArrayNode records = batch.putArray("Records");
            for (String envelope : envelopes) {
                records.addObject().put("messageId", JSON.readTree(envelope).path("id").asText()).put("body", envelope)
                        .put("eventSource", "aws:sqs");
            }
            return JSON.writeValueAsString(batch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
