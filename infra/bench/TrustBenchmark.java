import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the audit log costs, against a running local cloud with its demo accounts. The demo
 * casting director reads a minor's profile (audited: an outbox row written in a transaction of its
 * own, and the relay woken) and an adult's (not audited), in alternation, so both see the same
 * machine (the adult is the first demo talent a search finds); the difference of their medians is
 * what auditing adds to a request. Then how long the
 * trust worker takes to append those entries to the chain, and how long verifying the whole chain takes.
 * The minor is the demo guardian's; their profile is made the first time. JDK only:
 * `./slate bench trust [--pairs N]` or `java infra/bench/TrustBenchmark.java [--url U] [--pairs N]`.
 */
public class TrustBenchmark {

    private static final String PASSWORD = "slate demo password";

    public static void main(String[] args) throws Exception {
        String url = "http://localhost:8080";
        int pairs = 300;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--pairs" -> pairs = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        HttpClient http = HttpClient.newHttpClient();
        String casting = login(http, url, "casting@slate.local");
        String admin = login(http, url, "admin@slate.local");
        String minorProfile = minorProfile(http, url);
        // An adult among the demo talent, as the casting director finds them.
        String adultProfile = field(expect(send(http, url + "/talents?ageFrom=25&ageTo=35&limit=1", casting, "GET", null), 200).body(), "id");

        long before = checked(http, url, admin);
        long[] audited = new long[pairs];
        long[] plain = new long[pairs];
        for (int i = 0; i < pairs + 20; i++) { // the first 20 pairs warm up
            long start = System.nanoTime();
            expect(send(http, url + "/talents/" + minorProfile, casting, "GET", null), 200);
            long middle = System.nanoTime();
            expect(send(http, url + "/talents/" + adultProfile, casting, "GET", null), 200);
            long end = System.nanoTime();
            if (i >= 20) {
                audited[i - 20] = middle - start;
                plain[i - 20] = end - middle;
            }
        }
        long sent = System.nanoTime();
        long expected = before + pairs + 20;
        long appended = checked(http, url, admin);
        while (appended < expected && System.nanoTime() - sent < 120_000_000_000L) {
            Thread.sleep(200);
            appended = checked(http, url, admin);
        }
        double catchUp = (System.nanoTime() - sent) / 1e9;
        Arrays.sort(audited);
        Arrays.sort(plain);
        System.out.printf("GET minor's profile (audited)  n=%d  p50 %.2f ms  p99 %.2f ms%n", pairs, ms(audited, 0.5), ms(audited, 0.99));
        System.out.printf("GET adult's profile (plain)    n=%d  p50 %.2f ms  p99 %.2f ms%n", pairs, ms(plain, 0.5), ms(plain, 0.99));
        System.out.printf("audit cost per audited request p50 %+.2f ms  p99 %+.2f ms  (outbox row in its own transaction + relay wake-up)%n",
                ms(audited, 0.5) - ms(plain, 0.5), ms(audited, 0.99) - ms(plain, 0.99));
        System.out.printf("appended to the chain          %d of %d within %.1f s after the last request%n",
                appended - before, pairs + 20, catchUp);
        long start = System.nanoTime();
        String report = send(http, url + "/admin/audit/verification", admin, "GET", null).body();
        System.out.printf("chain verification             %s entries in %.0f ms, intact: %s%n", field(report, "checked"),
                (System.nanoTime() - start) / 1e6, report.contains("\"intact\":true"));
    }

    /** The demo guardian's minor's profile, made the first time (the guardian acts for the minor). */
    private static String minorProfile(HttpClient http, String url) throws Exception {
        String guardian = login(http, url, "guardian@slate.local");
        String minorId = field(send(http, url + "/guardians/minors", guardian, "GET", null).body(), "id");
        String minor = field(send(http, url + "/guardians/minors/" + minorId + "/tokens", guardian, "POST", "").body(), "accessToken");
        HttpResponse<String> mine = send(http, url + "/talents/me", minor, "GET", null);
        if (mine.statusCode() == 200) {
            return field(mine.body(), "id");
        }
        String profile = """
                {"legalName":"Milo Minor","dateOfBirth":"%s","playableAge":{"min":10,"max":13},"gender":"MALE",
                 "location":{"city":"Leeds","country":"GB"},"union":{"status":"NON_UNION"},"published":true}"""
                .formatted(LocalDate.now().minusYears(12));
        return field(expect(send(http, url + "/talents/me", minor, "POST", profile), 201).body(), "id");
    }

    private static long checked(HttpClient http, String url, String admin) throws Exception {
        return Long.parseLong(field(expect(send(http, url + "/admin/audit/verification", admin, "GET", null), 200).body(), "checked"));
    }

    private static String login(HttpClient http, String url, String email) throws Exception {
        String body = "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}";
        return field(expect(send(http, url + "/auth/login", null, "POST", body), 200).body(), "accessToken");
    }

    private static HttpResponse<String> send(HttpClient http, String url, String token, String method, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> expect(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) (quantile * sorted.length))] / 1e6;
    }

    private static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"?([^\",}\\]]+)\"?").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
