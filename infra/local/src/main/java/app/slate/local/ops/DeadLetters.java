package app.slate.local.ops;

import app.slate.standins.CommandLine;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * {@code ./slate dlq}: the dead-letter queues, what waits in them, and replaying it to the queue it
 * came from. The same SQS calls locally (the stand-ins of a running local cloud, found in its data
 * folder) and against AWS ({@code --aws}: the default credentials and region, queues named after
 * the stack, {@code --stack}). A replay sends each message's body and attributes, unchanged, to its
 * source queue and only then deletes it from the dead-letter queue; a message sent twice (a crash
 * in between, or the same event dead-lettered twice) is the same event id, which every consumer
 * handles once ({@code IdempotentBatchConsumer}), so a replay can always be run again.
 *
 * <pre>
 * ./slate dlq                                  list each dead-letter queue, its depth and its source queue
 * ./slate dlq show QUEUE [--max N]             the messages waiting (id, receives, type, correlation id, body)
 * ./slate dlq replay QUEUE [--ids ID,ID]       send them (all, or those ids) back to the source queue
 * options: --data DIR (local, default .slate)  --aws [--stack NAME (default slate)]
 * </pre>
 */
public final class DeadLetters {

    /** A dead-letter queue and the queue whose failures it keeps. */
    public record DeadLetterQueue(String name, String url, String sourceUrl, int depth) {
    }

    /** What a replay did. */
    public record Replay(int sent, int left) {
    }

    private static final int VISIBILITY_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SqsClient sqs;
    private final String prefix;

    public DeadLetters(SqsClient sqs, String prefix) {
        this.sqs = sqs;
        this.prefix = prefix;
    }

    /** Dead-letter queues are the targets of the other queues' redrive policies. */
    public List<DeadLetterQueue> queues() {
        Map<String, String> urlByArn = new HashMap<>();
        Map<String, String> sourceByTarget = new HashMap<>();
        Map<String, Integer> depth = new HashMap<>();
        for (String url : sqs.listQueues(r -> r.queueNamePrefix(prefix)).queueUrls()) {
            Map<QueueAttributeName, String> attributes = sqs.getQueueAttributes(r -> r.queueUrl(url).attributeNames(
                    QueueAttributeName.QUEUE_ARN, QueueAttributeName.REDRIVE_POLICY, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)).attributes();
            urlByArn.put(attributes.get(QueueAttributeName.QUEUE_ARN), url);
            depth.put(url, Integer.parseInt(attributes.getOrDefault(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES, "0")));
            String redrive = attributes.get(QueueAttributeName.REDRIVE_POLICY);
            if (redrive != null) {
                sourceByTarget.put(read(redrive).path("deadLetterTargetArn").asText(), url);
            }
        }
        List<DeadLetterQueue> queues = new ArrayList<>();
        sourceByTarget.forEach((arn, source) -> {
            String url = urlByArn.get(arn);
            if (url != null) {
                queues.add(new DeadLetterQueue(url.substring(url.lastIndexOf('/') + 1), url, source, depth.get(url)));
            }
        });
        queues.sort((a, b) -> a.name().compareTo(b.name()));
        return queues;
    }

    /** Up to {@code max} waiting messages, left where they are. */
    public List<Message> peek(String queue, int max) {
        DeadLetterQueue dlq = named(queue);
        Map<String, Message> seen = new LinkedHashMap<>();
        // Messages received with no visibility timeout stay visible, and may come again: stop when nothing new comes.
        for (int attempt = 0; attempt < max / 10 + 3 && seen.size() < max; attempt++) {
            int before = seen.size();
            receive(dlq.url(), 10, 0).forEach(m -> seen.putIfAbsent(m.messageId(), m));
            if (seen.size() == before) {
                break;
            }
        }
        return seen.values().stream().limit(max).toList();
    }

    /** Sends the messages (all, or those whose SQS message ids are in {@code only}) back to the source queue. */
    public Replay replay(String queue, Set<String> only) {
        DeadLetterQueue dlq = named(queue);
        int sent = 0;
        List<Message> skipped = new ArrayList<>();
        for (List<Message> batch = receive(dlq.url(), 10, VISIBILITY_SECONDS); !batch.isEmpty(); batch = receive(dlq.url(), 10, VISIBILITY_SECONDS)) {
            for (Message message : batch) {
                if (!only.isEmpty() && !only.contains(message.messageId())) {
                    skipped.add(message);
                    continue;
                }
                sqs.sendMessage(r -> r.queueUrl(dlq.sourceUrl()).messageBody(message.body()).messageAttributes(message.messageAttributes()));
                sqs.deleteMessage(r -> r.queueUrl(dlq.url()).receiptHandle(message.receiptHandle()));
                sent++;
            }
        }
        // What was not asked for is visible again at once, for the next look.
        skipped.forEach(m -> sqs.changeMessageVisibility(r -> r.queueUrl(dlq.url()).receiptHandle(m.receiptHandle()).visibilityTimeout(0)));
        return new Replay(sent, skipped.size());
    }

    private List<Message> receive(String url, int max, int visibility) {
        return sqs.receiveMessage(r -> r.queueUrl(url).maxNumberOfMessages(max).visibilityTimeout(visibility).waitTimeSeconds(0)
                .messageAttributeNames("All").messageSystemAttributeNames(MessageSystemAttributeName.ALL)).messages();
    }

    private DeadLetterQueue named(String queue) {
        return queues().stream().filter(q -> q.name().equals(queue) || q.name().equals(prefix + "-" + queue) || q.url().equals(queue))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no dead-letter queue named " + queue
                        + "; ./slate dlq lists them"));
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new IllegalStateException("a redrive policy that is not JSON: " + json, e);
        }
    }

    public static void main(String[] args) throws IOException {
        // "show QUEUE" and "replay QUEUE" read as options whose value is the queue.
        Map<String, String> options = CommandLine.parse(args);
        PrintStream out = System.out;
        try (SqsClient sqs = options.containsKey("aws") ? SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).build()
                : local(Path.of(options.getOrDefault("data", ".slate")))) {
            DeadLetters letters = new DeadLetters(sqs, options.getOrDefault("stack", "slate"));
            if (options.containsKey("show")) {
                letters.peek(queue(options.get("show")), Integer.parseInt(options.getOrDefault("max", "20"))).forEach(m -> {
                    Map<String, String> attributes = new LinkedHashMap<>();
                    m.messageAttributes().forEach((k, v) -> attributes.put(k, v.stringValue()));
                    out.printf("%s  received %s times  %s%n  %s%n%n", m.messageId(),
                            m.attributesAsStrings().getOrDefault("ApproximateReceiveCount", "?"), attributes,
                            m.body().length() > 600 ? m.body().substring(0, 600) + " ..." : m.body());
                });
            } else if (options.containsKey("replay")) {
                Set<String> only = options.containsKey("ids") ? Set.of(options.get("ids").split(",")) : Set.of();
                Replay replay = letters.replay(queue(options.get("replay")), only);
                out.printf("replayed %d message(s); %d left in the dead-letter queue%n", replay.sent(), replay.left());
            } else {
                out.printf("%-40s %9s  %s%n", "dead-letter queue", "messages", "replays to");
                letters.queues().forEach(q -> out.printf("%-40s %9d  %s%n", q.name(), q.depth(),
                        q.sourceUrl().substring(q.sourceUrl().lastIndexOf('/') + 1)));
            }
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    /** A command word given without its queue reads as "true". */
    private static String queue(String named) {
        if ("true".equals(named)) {
            throw new IllegalArgumentException("name the dead-letter queue (./slate dlq lists them)");
        }
        return named;
    }

    /** The SQS stand-in of the local cloud running from {@code data}. */
    private static SqsClient local(Path data) throws IOException {
        Path state = data.resolve("standins.json");
        if (!Files.exists(state)) {
            throw new IllegalArgumentException("no local cloud state in " + data + " (start one with ./slate run, or use --aws)");
        }
        JsonNode endpoints = JSON.readTree(state.toFile()).path("endpoints");
        return SqsClient.builder().httpClient(UrlConnectionHttpClient.create()).endpointOverride(URI.create(endpoints.path("sqs").asText()))
                .region(Region.of(endpoints.path("region").asText("eu-west-2")))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"))).build();
    }
}
