package app.slate.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.BucketAlreadyOwnedByYouException;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Creates what {@code template.yaml} declares (queues with their redrive policies, tables with
 * their keys and TTL, buckets) and the OpenSearch indices under {@code infra/opensearch}, so the
 * local cloud and the tests run against the same shapes as AWS. It then resolves every
 * function's environment variables the way CloudFormation would, to local values.
 */
final class TemplateProvisioner {

    private static final Pattern SUBSTITUTION = Pattern.compile("\\$\\{([^}]+)}");
    private static final Pattern FUNCTION_ARN = Pattern.compile("\\$\\{(\\w+)\\.Arn}");

    private final JsonNode resources;
    private final JsonNode parameters;
    private final Map<String, String> refs = new LinkedHashMap<>();
    private final Map<String, String> arns = new LinkedHashMap<>();

    TemplateProvisioner(Path template) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(template.toFile());
        this.resources = root.path("Resources");
        this.parameters = root.path("Parameters");
    }

    Map<String, Map<String, Object>> provision(StandIns standIns, Path indexDefinitions) throws Exception {
        try (SqsClient sqs = standIns.clients().sqs();
             DynamoDbClient dynamo = standIns.clients().dynamo();
             S3Client s3 = standIns.clients().s3()) {
            createQueues(sqs);
            createTables(dynamo);
            createBuckets(s3);
        }
        wireBucketNotifications(standIns);
        createIndices(standIns.openSearchEndpoint(), indexDefinitions);
        return functions();
    }

    private void createQueues(SqsClient sqs) {
        // Dead-letter queues first: a redrive policy names its target by ARN.
        List<Map.Entry<String, JsonNode>> queues = ofType("AWS::SQS::Queue");
        queues.sort((a, b) -> Boolean.compare(a.getValue().has("RedrivePolicy"), b.getValue().has("RedrivePolicy")));
        for (Map.Entry<String, JsonNode> queue : queues) {
            JsonNode properties = queue.getValue();
            String name = substitute(properties.path("QueueName").asText());
            Map<QueueAttributeName, String> attributes = new LinkedHashMap<>();
            if (properties.has("VisibilityTimeout")) {
                attributes.put(QueueAttributeName.VISIBILITY_TIMEOUT, properties.get("VisibilityTimeout").asText());
            }
            if (properties.has("MessageRetentionPeriod")) {
                attributes.put(QueueAttributeName.MESSAGE_RETENTION_PERIOD, properties.get("MessageRetentionPeriod").asText());
            }
            JsonNode redrive = properties.path("RedrivePolicy");
            if (!redrive.isMissingNode()) {
                String target = redrive.path("deadLetterTargetArn").asText().replace(".Arn", "");
                attributes.put(QueueAttributeName.REDRIVE_POLICY, "{\"deadLetterTargetArn\":\"" + arns.get(target)
                        + "\",\"maxReceiveCount\":\"" + redrive.path("maxReceiveCount").asText() + "\"}");
            }
            String url = sqs.createQueue(r -> r.queueName(name).attributes(attributes)).queueUrl();
            refs.put(queue.getKey(), url);
            arns.put(queue.getKey(), "arn:aws:sqs:" + StandIns.REGION + ":" + StandIns.ACCOUNT_ID + ":" + name);
        }
    }

    private void createTables(DynamoDbClient dynamo) {
        for (Map.Entry<String, JsonNode> table : ofType("AWS::DynamoDB::Table")) {
            JsonNode properties = table.getValue();
            String name = substitute(properties.path("TableName").asText());
            List<AttributeDefinition> attributes = new ArrayList<>();
            properties.path("AttributeDefinitions").forEach(a -> attributes.add(AttributeDefinition.builder()
                    .attributeName(a.path("AttributeName").asText()).attributeType(a.path("AttributeType").asText()).build()));
            List<GlobalSecondaryIndex> indexes = new ArrayList<>();
            properties.path("GlobalSecondaryIndexes").forEach(index -> indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.path("IndexName").asText())
                    .keySchema(keySchema(index.path("KeySchema")))
                    .projection(p -> p.projectionType(index.path("Projection").path("ProjectionType").asText("ALL")))
                    .build()));
            try {
                dynamo.createTable(r -> r.tableName(name).attributeDefinitions(attributes).keySchema(keySchema(properties.path("KeySchema")))
                        .globalSecondaryIndexes(indexes.isEmpty() ? null : indexes)
                        .billingMode(BillingMode.PAY_PER_REQUEST));
            } catch (ResourceInUseException alreadyThere) {
                // a restart keeps its tables
            }
            JsonNode ttl = properties.path("TimeToLiveSpecification");
            boolean ttlOn = dynamo.describeTimeToLive(r -> r.tableName(name)).timeToLiveDescription()
                    .timeToLiveStatusAsString().startsWith("ENABL");
            if (ttl.path("Enabled").asBoolean(false) && !ttlOn) {
                dynamo.updateTimeToLive(r -> r.tableName(name).timeToLiveSpecification(
                        t -> t.attributeName(ttl.path("AttributeName").asText()).enabled(true)));
            }
            refs.put(table.getKey(), name);
        }
    }

    private static List<KeySchemaElement> keySchema(JsonNode schema) {
        List<KeySchemaElement> keys = new ArrayList<>();
        schema.forEach(k -> keys.add(KeySchemaElement.builder()
                .attributeName(k.path("AttributeName").asText()).keyType(k.path("KeyType").asText()).build()));
        return keys;
    }

    private void createBuckets(S3Client s3) {
        for (Map.Entry<String, JsonNode> bucket : ofType("AWS::S3::Bucket")) {
            String name = substitute(bucket.getValue().path("BucketName").asText());
            try {
                s3.createBucket(r -> r.bucket(name));
            } catch (BucketAlreadyOwnedByYouException alreadyThere) {
                // a restart keeps its buckets
            }
            refs.put(bucket.getKey(), name);
        }
    }

    /** Each bucket's queue notifications, played by the S3 stand-in (S3Proxy has none of its own). */
    private void wireBucketNotifications(StandIns standIns) {
        for (Map.Entry<String, JsonNode> bucket : ofType("AWS::S3::Bucket")) {
            for (JsonNode notification : bucket.getValue().path("NotificationConfiguration").path("QueueConfigurations")) {
                if (!notification.path("Event").asText().startsWith("s3:ObjectCreated:")) {
                    continue;
                }
                String prefix = "";
                String suffix = "";
                for (JsonNode rule : notification.path("Filter").path("S3Key").path("Rules")) {
                    if (rule.path("Name").asText().equalsIgnoreCase("prefix")) {
                        prefix = rule.path("Value").asText();
                    } else if (rule.path("Name").asText().equalsIgnoreCase("suffix")) {
                        suffix = rule.path("Value").asText();
                    }
                }
                String queue = notification.path("Queue").asText().replace(".Arn", "");
                standIns.notifyOn(refs.get(bucket.getKey()), prefix, suffix, refs.get(queue));
            }
        }
    }

    private static void createIndices(String endpoint, Path definitions) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Stream<Path> files = Files.list(definitions)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                String index = file.getFileName().toString().replace(".json", "");
                URI uri = URI.create(endpoint + "/" + index);
                if (http.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    continue;
                }
                HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofFile(file)).build(), HttpResponse.BodyHandlers.ofString());
                if (created.statusCode() != 200) {
                    throw new IllegalStateException("creating index " + index + " failed: " + created.body());
                }
                // One node holds no replicas; without this the cluster reports yellow for ever.
                http.send(HttpRequest.newBuilder(URI.create(endpoint + "/" + index + "/_settings"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString("{\"index\":{\"number_of_replicas\":0}}")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        }
    }

    /**
     * Each function as the local cloud runs it: its environment variables that point at
     * provisioned resources or are plain values (parameters, attributes of AWS-only resources and
     * secret references stay out: the caller supplies local values), its handler, and its event
     * sources: queues with their batch size, schedules, and the WebSocket API's routes it serves.
     */
    private Map<String, Map<String, Object>> functions() {
        Map<String, Map<String, Object>> functions = new LinkedHashMap<>();
        Map<String, List<Map<String, Object>>> webSocketRoutes = webSocketRoutes();
        for (Map.Entry<String, JsonNode> function : ofType("AWS::Serverless::Function")) {
            Map<String, String> environment = new LinkedHashMap<>();
            function.getValue().path("Environment").path("Variables").fields().forEachRemaining(variable -> {
                String value = variable.getValue().asText();
                String resource = value.split("\\.")[0];
                if (refs.containsKey(value)) {
                    environment.put(variable.getKey(), refs.get(value));
                } else if (!resources.has(resource) && !parameters.has(value) && !value.contains("{{resolve:")) {
                    String resolved = substitute(value);
                    if (!resolved.contains("${")) {
                        environment.put(variable.getKey(), resolved);
                    }
                }
            });
            List<Map<String, Object>> queues = new ArrayList<>();
            List<Map<String, Object>> schedules = new ArrayList<>();
            function.getValue().path("Events").forEach(event -> {
                JsonNode properties = event.path("Properties");
                switch (event.path("Type").asText()) {
                    case "SQS" -> queues.add(Map.of(
                            "queueUrl", refs.get(properties.path("Queue").asText().replace(".Arn", "")),
                            "batchSize", properties.path("BatchSize").asInt(10)));
                    case "Schedule" -> schedules.add(Map.of("rateSeconds", rateSeconds(properties.path("Schedule").asText())));
                    default -> { }
                }
            });
            Map<String, Object> described = new LinkedHashMap<>();
            described.put("handler", environment.getOrDefault("QUARKUS_LAMBDA_HANDLER", ""));
            described.put("environment", environment);
            described.put("queues", queues);
            described.put("schedules", schedules);
            described.put("webSocketRoutes", webSocketRoutes.getOrDefault(function.getKey(), List.of()));
            functions.put(function.getKey(), described);
        }
        return functions;
    }

    /**
     * The WebSocket API's routes by the function their integration invokes: each route's key
     * ($connect, $disconnect, an action) and whether it answers the client (a route response).
     */
    private Map<String, List<Map<String, Object>>> webSocketRoutes() {
        Map<String, String> integrated = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> integration : ofType("AWS::ApiGatewayV2::Integration")) {
            Matcher function = FUNCTION_ARN.matcher(integration.getValue().path("IntegrationUri").asText());
            if (function.find()) {
                integrated.put(integration.getKey(), function.group(1));
            }
        }
        List<String> answering = ofType("AWS::ApiGatewayV2::RouteResponse").stream().map(r -> r.getValue().path("RouteId").asText()).toList();
        Map<String, List<Map<String, Object>>> routes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> route : ofType("AWS::ApiGatewayV2::Route")) {
            Matcher target = SUBSTITUTION.matcher(route.getValue().path("Target").asText());
            if (target.find() && integrated.containsKey(target.group(1))) {
                routes.computeIfAbsent(integrated.get(target.group(1)), f -> new ArrayList<>()).add(Map.of(
                        "routeKey", route.getValue().path("RouteKey").asText(), "respond", answering.contains(route.getKey())));
            }
        }
        return routes;
    }

    /** {@code rate(1 minute)}, {@code rate(5 minutes)}, {@code rate(1 hour)} in seconds. */
    static long rateSeconds(String expression) {
        Matcher rate = Pattern.compile("rate\\((\\d+) (minute|minutes|hour|hours|day|days)\\)").matcher(expression);
        if (!rate.matches()) {
            throw new IllegalArgumentException("unsupported schedule " + expression + "; use rate(...)");
        }
        long amount = Long.parseLong(rate.group(1));
        return switch (rate.group(2)) {
            case "minute", "minutes" -> amount * 60;
            case "hour", "hours" -> amount * 3600;
            default -> amount * 86400;
        };
    }

    private String substitute(String text) {
        Matcher matcher = SUBSTITUTION.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "AWS::StackName" -> StandIns.STACK_NAME;
                case "AWS::AccountId" -> StandIns.ACCOUNT_ID;
                case "AWS::Region" -> StandIns.REGION;
                default -> refs.getOrDefault(name, matcher.group());
            };
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(resolved).toString();
    }

    private List<Map.Entry<String, JsonNode>> ofType(String type) {
        List<Map.Entry<String, JsonNode>> found = new ArrayList<>();
        resources.fields().forEachRemaining(resource -> {
            if (type.equals(resource.getValue().path("Type").asText())) {
                found.add(Map.entry(resource.getKey(), resource.getValue().path("Properties")));
            }
        });
        return found;
    }
}
