import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures filtered talent search (GET /talents) against a running local cloud with its demo
 * data, one client, sequential requests, after a warm-up; and the resident memory of the local
 * cloud's processes. JDK only: run with `./slate bench` or `java infra/bench/TalentSearchBenchmark.java`.
 *
 * Options: --url http://localhost:8080  --requests 1000  --warmup 200  --pid <local cloud pid>
 */
public class TalentSearchBenchmark {

    /** Filter mixes a casting director would use, rotated through. */
    private static final List<String> QUERIES = List.of(
            "language=en&ageFrom=25&ageTo=35",
            "near=51.5072,-0.1276&radiusKm=50&gender=FEMALE",
            "skill=ballet&ageFrom=18&ageTo=40",
            "union=MEMBER&country=GB&language=en",
            "availableFrom=2027-01-01&availableTo=2027-01-31&ageFrom=30&ageTo=50",
            "q=" + URLEncoder.encode("theatre credits", StandardCharsets.UTF_8) + "&gender=MALE",
            // Free text that ranks by meaning: the text is embedded, then k-NN over matching's vectors, then the search.
            "q=" + URLEncoder.encode("classical theatre sword fighting", StandardCharsets.UTF_8),
            "near=40.7128,-74.0060&radiusKm=100&union=MEMBER&ageFrom=20&ageTo=60",
            "language=ar&accent=Najdi");

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String url = options.getOrDefault("url", "http://localhost:8080");
        int requests = Integer.parseInt(options.getOrDefault("requests", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "200"));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        String token = token(http, url);
        for (int i = 0; i < warmup; i++) {
            search(http, url, token, QUERIES.get(i % QUERIES.size()));
        }
        long[] nanos = new long[requests];
        List<List<Long>> byMix = new ArrayList<>();
        QUERIES.forEach(q -> byMix.add(new ArrayList<>()));
        long hits = 0;
        long started = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long t0 = System.nanoTime();
            hits += search(http, url, token, QUERIES.get(i % QUERIES.size()));
            nanos[i] = System.nanoTime() - t0;
            byMix.get(i % QUERIES.size()).add(nanos[i]);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(nanos);

        System.out.println("GET /talents, filtered, " + requests + " requests after " + warmup + " warm-up, 1 client");
        System.out.printf("| %-10s | %10s |%n", "measure", "value");
        System.out.printf("|%s|%s|%n", "-".repeat(12), "-".repeat(12));
        System.out.printf("| %-10s | %7.2f ms |%n", "p50", millis(nanos, 0.50));
        System.out.printf("| %-10s | %7.2f ms |%n", "p90", millis(nanos, 0.90));
        System.out.printf("| %-10s | %7.2f ms |%n", "p99", millis(nanos, 0.99));
        System.out.printf("| %-10s | %7.2f ms |%n", "max", nanos[nanos.length - 1] / 1e6);
        System.out.printf("| %-10s | %6.0f /s  |%n", "throughput", requests / seconds);
        System.out.printf("| %-10s | %10.1f |%n", "hits/query", (double) hits / requests);
        System.out.printf("%n| %-70s | %9s | %9s |%n|%s|%s|%s|%n", "mix", "p50", "p99", "-".repeat(72), "-".repeat(11), "-".repeat(11));
        for (int m = 0; m < QUERIES.size(); m++) {
            long[] mix = byMix.get(m).stream().mapToLong(Long::longValue).sorted().toArray();
            if (mix.length > 0) {
                System.out.printf("| %-70s | %6.2f ms | %6.2f ms |%n", QUERIES.get(m), millis(mix, 0.50), millis(mix, 0.99));
            }
        }
        if (options.containsKey("pid")) {
            long pid = Long.parseLong(options.get("pid"));
            System.out.printf("%nResident memory (VmRSS): local cloud %d MB", rssMegabytes(pid));
            ProcessHandle.of(pid).ifPresent(local -> local.descendants().forEach(child -> {
                String command = commandLine(child.pid());
                String name = command.contains("StandInsMain") ? "stand-ins JVM (SQS, DynamoDB, S3)"
                        : command.contains("org.opensearch.bootstrap") ? "OpenSearch" : null;
                if (name != null) {
                    System.out.printf(", %s %d MB", name, rssMegabytes(child.pid()));
                }
            }));
            System.out.println();
        }
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    /** Logs in as the demo casting director that the local cloud seeds. */
    private static String token(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"casting@slate.local\",\"password\":\"slate demo password\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token from " + url + ": " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static int search(HttpClient http, String url, String token, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/talents?limit=20&" + query))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(query + " -> " + response.statusCode() + " " + response.body());
        }
        Matcher items = Pattern.compile("\"id\":").matcher(response.body());
        int count = 0;
        while (items.find()) {
            count++;
        }
        return count;
    }

    private static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"))).replace('\0', ' ');
        } catch (Exception e) {
            return "";
        }
    }

    private static long rssMegabytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
