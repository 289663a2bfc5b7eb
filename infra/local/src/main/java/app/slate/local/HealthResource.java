package app.slate.local;

import app.slate.platform.search.SearchConfig;
import io.smallrye.common.annotation.Blocking;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.opensearch.client.opensearch.OpenSearchClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.sqs.SqsClient;

/** {@code GET /health}: each backing service, asked something real, with what it answered. */
@Path("/health")
@PermitAll
public class HealthResource {

    private final Pool database;
    private final SqsClient sqs;
    private final DynamoDbClient dynamo;
    private final S3Client s3;
    private final OpenSearchClient openSearch;
    private final SearchConfig search;

    public HealthResource(Pool database, SqsClient sqs, DynamoDbClient dynamo, S3Client s3,
                          OpenSearchClient openSearch, SearchConfig search) {
        this.database = database;
        this.sqs = sqs;
        this.dynamo = dynamo;
        this.s3 = s3;
        this.openSearch = openSearch;
        this.search = search;
    }

    public record Check(String status, String detail, long millis) {
    }

    @GET
    @Blocking
    public Response health() {
        Map<String, Check> checks = new LinkedHashMap<>();
        checks.put("postgresql", check(() -> database.query("SELECT count(*) FROM talent_profiles").execute()
                .await().atMost(Duration.ofSeconds(3)).iterator().next().getLong(0) + " talent profiles"));
        checks.put("sqs", check(() -> sqs.listQueues().queueUrls().size() + " queues"));
        checks.put("dynamodb", check(() -> dynamo.listTables().tableNames().size() + " tables"));
        checks.put("s3", check(() -> s3.listBuckets().buckets().size() + " buckets"));
        checks.put("opensearch", check(() -> {
            var health = openSearch.cluster().health();
            long talents = openSearch.count(c -> c.index(search.talentIndex())).count();
            return "cluster " + health.status().jsonValue() + ", " + talents + " talents indexed";
        }));
        boolean up = checks.values().stream().allMatch(c -> c.status().equals("UP"));
        return Response.status(up ? 200 : 503).entity(Map.of("status", up ? "UP" : "DOWN", "services", checks)).build();
    }

    private interface Probe {
        String run() throws Exception;
    }

    private static Check check(Probe probe) {
        long started = System.nanoTime();
        try {
            String detail = probe.run();
            return new Check("UP", detail, (System.nanoTime() - started) / 1_000_000);
        } catch (Exception e) {
            return new Check("DOWN", e.toString(), (System.nanoTime() - started) / 1_000_000);
        }
    }
}
