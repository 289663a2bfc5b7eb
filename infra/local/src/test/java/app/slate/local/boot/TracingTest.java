package app.slate.local.boot;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.local.functions.LambdaRuntimeApi;
import app.slate.local.functions.XRayDaemon;
import app.slate.platform.testing.SharedStandIns;
import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;

/**
 * X-Ray as deployed: a function started from its own package, handed a sampled trace header as
 * Lambda hands it (Tracing: Active), sends each AWS SDK call it makes as a subsegment of that
 * trace to the daemon, and the outbox keeps the header with the event it records, for the relay
 * to pass on as the SQS message's AWSTraceHeader.
 */
class TracingTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anInvocationsAwsCalls_areSubsegmentsOfItsTrace_andItsEventKeepsTheTrace() throws Exception {
        Path repository = StandInsLauncher.repositoryRoot(Path.of(""));
        StandInsState standIns = SharedStandIns.get();
        DeployedFunction talentApi = DeployedFunction.named(repository, "talent-api");
        try (XRayDaemon daemon = new XRayDaemon();
                DeployedFunction.Instance instance = talentApi.start(standIns, repository.resolve("infra/local/target/tracing"),
                        Map.of("AWS_XRAY_DAEMON_ADDRESS", daemon.address()))) {
            String requestId = UUID.randomUUID().toString();
            String traceId = LambdaRuntimeApi.traceId(requestId);
            String header = "Root=" + traceId + ";Parent=53995c3f42cd8ad8;Sampled=1";

            LambdaRuntimeApi.Outcome created = instance.invoke(requestId, talentApi.sample("create-profile.json"), header);

            assertThat(created.error()).as(created.body()).isFalse();
            assertThat(JSON.readTree(created.body()).path("statusCode").asInt()).as(created.body()).isEqualTo(201);
            // The session check reads DynamoDB; the outbox wakes its relay through SQS after the commit.
            List<JsonNode> trace = daemon.trace(traceId, s -> s.path("name").asText().equals("Sqs"), Duration.ofSeconds(20));
            assertThat(trace).as("subsegments of the trace").allSatisfy(subsegment -> {
                assertThat(subsegment.path("type").asText()).isEqualTo("subsegment");
                assertThat(subsegment.path("namespace").asText()).isEqualTo("aws");
                assertThat(subsegment.path("parent_id").asText()).isEqualTo("53995c3f42cd8ad8");
                assertThat(subsegment.path("end_time").asDouble()).isGreaterThanOrEqualTo(subsegment.path("start_time").asDouble());
            });
            assertThat(trace).extracting(s -> s.path("name").asText() + " " + s.path("aws").path("operation").asText())
                    .contains("DynamoDb BatchGetItem", "Sqs SendMessage");
            // Consumers that the local cloud runs meanwhile may record further events in the same trace, under their own parent.
            assertThat(eventTraceHeaders(standIns, traceId)).as("outbox events recorded in the trace").contains(header);
        }
    }

    private static List<String> eventTraceHeaders(StandInsState standIns, String traceId) throws Exception {
        Properties credentials = new Properties();
        credentials.setProperty("user", standIns.endpoint("postgres.user"));
        credentials.setProperty("password", standIns.endpoint("postgres.password"));
        // The driver itself, not DriverManager: a Quarkus test earlier in this JVM registered the
        // driver from its own class loader, which DriverManager then refuses to this class.
        try (Connection db = new Driver().connect(standIns.endpoint("postgres.jdbc-url"), credentials);
                PreparedStatement query = db.prepareStatement("SELECT trace_header FROM outbox_events WHERE trace_header LIKE ?")) {
            query.setString(1, "Root=" + traceId + ";%");
            try (ResultSet rows = query.executeQuery()) {
                List<String> headers = new ArrayList<>();
                while (rows.next()) {
                    headers.add(rows.getString(1));
                }
                return headers;
            }
        }
    }
}
