package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.local.ApiDocument.Operation;
import app.slate.local.AuthorizationMatrixTest.World;
import app.slate.local.Mutations.Mutation;
import app.slate.platform.testing.StandInsResource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the OpenAPI document, called with wrong input (see {@link Mutations}) by
 * nobody, a talent, a casting director and an admin. Read from the document, so a new route is
 * covered without touching this test. The build fails on any 5xx, on a 4xx that is not problem
 * details, on a problem that names a Java type, on wrong input accepted, on a problem about a field
 * that does not name it (or calls a documented field unknown), and on any row written.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class InputFuzzTest {

    private static final Pattern JAVA_TYPE = Pattern.compile("\\b(java|javax|jakarta|app\\.slate|com\\.fasterxml|io\\.quarkus|org\\.)\\.|Exception\\b");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Pool database;

    @Test
    void wrongInput_isAlwaysAProblemThatNamesTheField_andWritesNothing() throws Exception {
        JsonNode served = given().accept("application/json").get("/openapi").then().statusCode(200).extract().as(JsonNode.class);
        Files.writeString(Path.of("target", "openapi.json"), served.toPrettyString()); // what was fuzzed, for reading a failure
        ApiDocument document = new ApiDocument(served);
        AuthorizationMatrixTest.demoAdminExists();
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("anonymous", null);
        callers.put("talent", World.login(World.register("talent")).path("accessToken"));
        callers.put("casting", World.login(World.register("casting")).path("accessToken"));
        callers.put("admin", World.newAdmin());
        // Making the callers sets events going (contacts, the audit log): count once they have landed.
        Map<String, Long> rowsBefore = settledRowCounts();

        Mutations mutations = new Mutations(document);
        List<String> failures = new ArrayList<>();
        TreeSet<String> unreached = new TreeSet<>();
        int operations = 0;
        int requests = 0;
        int serverErrors = 0;
        int unnamed = 0;
        for (Operation operation : document.operations()) {
            operations++;
            boolean reachedOnce = false;
            List<Mutation> wrongRequests = mutations.of(operation);
            for (Mutation mutation : wrongRequests) {
                boolean reached = false;
                for (Map.Entry<String, String> caller : callers.entrySet()) {
                    Response answer = send(operation, mutation, caller.getValue());
                    requests++;
                    String where = operation.name() + " [" + mutation.label() + "] as " + caller.getKey() + ": " + answer.statusCode() + " ";
                    String body = answer.asString();
                    if (answer.statusCode() >= 500) {
                        serverErrors++;
                        failures.add(where + body);
                        continue;
                    }
                    if (answer.statusCode() >= 400 && !answer.contentType().startsWith("application/problem+json")) {
                        failures.add(where + "not problem details (" + answer.contentType() + ") " + abbreviate(body));
                        continue;
                    }
                    if (JAVA_TYPE.matcher(body).find()) {
                        failures.add(where + "names a Java type: " + abbreviate(body));
                    }
                    if (answer.statusCode() == 401 || answer.statusCode() == 403 || answer.statusCode() == 404 && mutation.label().startsWith("body ")) {
                        continue; // not this caller's route, or (ids in the path being random) not found before the body mattered
                    }
                    reached = true;
                    if (answer.statusCode() < 400 && mutation.mustRefuse()) {
                        failures.add(where + "wrong input accepted");
                    } else if (mutation.field() != null && !names(body, mutation)) {
                        unnamed++;
                        failures.add(where + "does not name " + mutation.field() + ": " + abbreviate(body));
                    }
                }
                reachedOnce |= reached;
            }
            if (!reachedOnce && !wrongRequests.isEmpty()) {
                unreached.add(operation.name());
            }
        }
        Map<String, Long> rowsAfter = rowCounts();
        System.out.printf("Input fuzz: %d operations, %d requests, %d answered 5xx, %d problems not naming their field; "
                + "no caller got past authorization on %d: %s%n", operations, requests, serverErrors, unnamed, unreached.size(), unreached);

        assertThat(failures).as("%d failures of %d requests", failures.size(), requests).isEmpty();
        assertThat(rowsAfter).as("rows per table before and after").isEqualTo(rowsBefore);
    }

    private static Response send(Operation operation, Mutation mutation, String token) {
        RequestSpecification request = given().urlEncodingEnabled(false).redirects().follow(false);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (mutation.contentType() != null) {
            // RestAssured encodes a form body from text only; every other body goes as the bytes given.
            request.contentType(mutation.contentType());
            if (mutation.contentType().startsWith("application/x-www-form-urlencoded")) {
                request.body(mutation.body());
            } else {
                request.body(mutation.body().getBytes(StandardCharsets.UTF_8));
            }
        }
        return request.request(operation.method(), mutation.path());
    }

    /**
     * The problem lists the field, something inside it, or the list it is an element of (a set's
     * elements have no index), and, for a documented field, does not call it unknown.
     */
    private static boolean names(String body, Mutation mutation) {
        try {
            for (JsonNode error : JSON.readTree(body).path("errors")) {
                String field = error.path("field").asText();
                boolean documented = !mutation.label().equals("unknown field");
                boolean named = field.equals(mutation.field()) || field.startsWith(mutation.field() + ".")
                        || field.startsWith(mutation.field() + "[") || mutation.field().startsWith(field + "[");
                if (named
                        && !(documented && error.path("message").asText().equals("is not a known field"))) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private Map<String, Long> settledRowCounts() throws InterruptedException {
        Map<String, Long> counts = rowCounts();
        // A test before this one may leave hundreds of events queued (the matrix registers many accounts).
        for (int second = 0; second < 180; second++) {
            Thread.sleep(1000);
            Map<String, Long> again = rowCounts();
            if (again.equals(counts)) {
                return again;
            }
            counts = again;
        }
        return counts;
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (Row table : database.query("SELECT table_schema || '.' || table_name AS name FROM information_schema.tables "
                + "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')").executeAndAwait()) {
            String name = table.getString("name");
            counts.put(name, database.query("SELECT count(*) AS n FROM " + name).executeAndAwait().iterator().next().getLong("n"));
        }
        return counts;
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
