import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the role board (GET /roles, with filters and "fit for me") and creating a submission
 * (POST /roles/{id}/submissions) against a running local cloud with its demo data; one client,
 * sequential requests, after a warm-up. Setup, not timed: the demo casting director opens a
 * project of 25 roles, and 8 new talent accounts (registered here, within the per-IP sign-up
 * limit) get a profile and a headshot; each talent then submits to every role, below the free
 * plan's monthly allowance. JDK only: `./slate bench casting`.
 *
 * Options: --url http://localhost:8080  --requests 1000  --warmup 200
 */
public class CastingBenchmark {

    private static final int ROLES = 25;
    private static final int TALENT = 8;
    private static final int SUBMISSION_WARMUP = 20;
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    private static final List<String> BOARD_QUERIES = List.of(
            "country=GB", "ageFrom=25&ageTo=35", "paid=true&projectType=SERIES", "fitForMe=true",
            "q=winter&country=GB", "union=ANY&ageFrom=18&ageTo=30", "fitForMe=true&paid=true", "city=Manchester");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String url;

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        url = options.getOrDefault("url", "http://localhost:8080");
        int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));

        String casting = login("casting@slate.local", "slate demo password");
        List<String> roles = openRoles(casting);
        List<String[]> talent = new ArrayList<>();
        for (int i = 0; i < TALENT; i++) {
            talent.add(newTalent());
        }

        String viewer = talent.get(0)[0];
        for (int i = 0; i < warmup; i++) {
            call("GET", "/roles?limit=20&" + BOARD_QUERIES.get(i % BOARD_QUERIES.size()), viewer, null, 200);
        }
        long[] board = new long[requests];
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            call("GET", "/roles?limit=20&" + BOARD_QUERIES.get(i % BOARD_QUERIES.size()), viewer, null, 200);
            board[i] = System.nanoTime() - t0;
        }

        List<Long> submitting = new ArrayList<>();
        int made = 0;
        for (String[] t : talent) {
            for (String role : roles) {
                long t0 = System.nanoTime();
                call("POST", "/roles/" + role + "/submissions", t[0], "{\"portfolioItemIds\":[\"" + t[1] + "\"]}", 201);
                if (made++ >= SUBMISSION_WARMUP) {
                    submitting.add(System.nanoTime() - t0);
                }
            }
        }
        long[] submissions = submitting.stream().mapToLong(Long::longValue).toArray();

        System.out.println("Casting, " + requests + " role-board requests after " + warmup + " warm-up; "
                + submissions.length + " submissions after " + SUBMISSION_WARMUP + "; 1 client");
        System.out.printf("| %-34s | %9s | %9s | %9s |%n", "request", "p50", "p90", "p99");
        System.out.printf("|%s|%s|%s|%s|%n", "-".repeat(36), "-".repeat(11), "-".repeat(11), "-".repeat(11));
        row("GET /roles (filters, fit for me)", board);
        row("POST /roles/{id}/submissions", submissions);
    }

    private static void row(String name, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("| %-34s | %6.2f ms | %6.2f ms | %6.2f ms |%n", name, millis(nanos, 0.50), millis(nanos, 0.90), millis(nanos, 0.99));
    }

    private static List<String> openRoles(String casting) throws Exception {
        String project = id(call("POST", "/projects", casting, """
                {"title":"Benchmark Winter","type":"SERIES","locations":[{"city":"Manchester","country":"GB"}],"union":"MIXED","confidential":false}""", 201));
        List<String> roles = new ArrayList<>();
        for (int i = 0; i < ROLES; i++) {
            String role = id(call("POST", "/projects/" + project + "/roles", casting, """
                    {"name":"Bench %d","kind":"SUPPORTING","description":"A neighbour through the winter.","playableAge":{"min":20,"max":45},
                     "genders":[],"ethnicities":[],"languages":["en"],"skills":[],"location":{"city":"Manchester","country":"GB"},
                     "pay":{"paid":true,"amount":300,"currency":"GBP","period":"DAY"},"union":"ANY","deadline":"%s","visibility":"PUBLIC",
                     "requestedMedia":[{"kind":"HEADSHOT"}],"sides":[],"rider":{"nudity":"NONE","intimacy":false}}"""
                    .formatted(i, Instant.now().plus(Duration.ofDays(20))), 201));
            call("POST", "/roles/" + role + "/open", casting, null, 200);
            roles.add(role);
        }
        return roles;
    }

    /** A registered talent with a published profile and a headshot: {token, portfolio item id}. */
    private static String[] newTalent() throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.com";
        call("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"benchmark passphrase\",\"displayName\":\"Bench\","
                + "\"role\":\"talent\",\"dateOfBirth\":\"1992-04-04\"}", 201);
        String token = login(email, "benchmark passphrase");
        call("POST", "/talents/me", token, """
                {"legalName":"Bench Talent","dateOfBirth":"1992-04-04","playableAge":{"min":26,"max":36},"gender":"FEMALE",
                 "location":{"city":"Manchester","country":"GB"},"languages":[{"language":"en","proficiency":"NATIVE"}],
                 "union":{"status":"NON_UNION"},"published":true}""", 201);
        String item = id(call("POST", "/talents/me/portfolio", token,
                "{\"kind\":\"HEADSHOT\",\"title\":\"Headshot\",\"externalUrl\":\"https://img.example/bench.jpg\"}", 201));
        return new String[] {token, item};
    }

    private static String login(String email, String password) throws Exception {
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(call("POST", "/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200));
        token.find();
        return token.group(1);
    }

    private static String call(String method, String path, String token, String body, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static String id(String body) {
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return id.group(1);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
