import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.RSAPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures what identity costs, against a running local cloud with its demo accounts:
 * login (Argon2id verify + lockout and rate-limit counters + refresh family in DynamoDB +
 * signing), token verification (the RS256 signature check in-process, and an authenticated
 * GET /me beside the unauthenticated GET /.well-known/jwks.json), and what the check for ended
 * sessions adds to a request (a minute of paired requests).
 *
 * The login limits of the product stay on: 20 logins per account and 60 per IP in 5 minutes,
 * so logins rotate over the four demo accounts, 13 each. Run it at most once per 5 minutes.
 * JDK only: `./slate bench identity` or `java infra/bench/IdentityBenchmark.java [--url U]`.
 */
public class IdentityBenchmark {

    private static final List<String> DEMO = List.of("talent", "casting", "admin", "guardian");
    private static final int LOGINS_PER_ACCOUNT = 13;

    public static void main(String[] args) throws Exception {
        String url = args.length == 2 && args[0].equals("--url") ? args[1] : "http://localhost:8080";
        HttpClient http = HttpClient.newHttpClient();

        String token = null;
        long[] logins = new long[DEMO.size() * (LOGINS_PER_ACCOUNT - 1)];
        int n = 0;
        for (int round = 0; round < LOGINS_PER_ACCOUNT; round++) {
            for (String who : DEMO) {
                long start = System.nanoTime();
                token = login(http, url, who + "@slate.local");
                if (round > 0) { // the first round warms up
                    logins[n++] = System.nanoTime() - start;
                }
            }
        }
        Arrays.sort(logins);
        System.out.printf("login           n=%d  p50 %.1f ms  p99 %.1f ms  (Argon2id m=19 MiB, t=2, p=1)%n",
                logins.length, millis(logins, 0.5), millis(logins, 0.99));

        long[] me = time(http, url + "/me", token, 500);
        long[] jwks = time(http, url + "/.well-known/jwks.json", null, 500);
        System.out.printf("GET /me         n=%d  p50 %.2f ms  p99 %.2f ms  (token check + one account read)%n",
                me.length, millis(me, 0.5), millis(me, 0.99));
        System.out.printf("GET /jwks.json  n=%d  p50 %.2f ms  p99 %.2f ms  (no token: the HTTP floor)%n",
                jwks.length, millis(jwks, 0.5), millis(jwks, 0.99));

        revocationCost(http, url, token);

        String keys = get(http, url + "/.well-known/jwks.json", null).body();
        System.out.printf("RS256 verify    %.1f µs a token (JDK SHA256withRSA, 2048-bit key, in-process)%n",
                signatureMicros(token, keys));
    }

    /**
     * What checking for ended sessions adds to a request. Each instance remembers the answer for a
     * token's account and session for 5 s (slate.sessions.cache), so a request costs either nothing
     * (remembered) or one DynamoDB BatchGetItem. A miss is made by waiting out the memory; each miss
     * is paired with the request right after it (a hit), on a connection warmed by a JWKS request.
     */
    private static void revocationCost(HttpClient http, String url, String token) throws Exception {
        int pairs = 12;
        long[] extra = new long[pairs];
        for (int i = 0; i < pairs; i++) {
            Thread.sleep(5_200);
            get(http, url + "/.well-known/jwks.json", null);
            long start = System.nanoTime();
            get(http, url + "/me", token);
            long miss = System.nanoTime() - start;
            start = System.nanoTime();
            get(http, url + "/me", token);
            long hit = System.nanoTime() - start;
            extra[i] = miss - hit;
        }
        Arrays.sort(extra);
        System.out.printf("revocation      n=%d  a lookup adds p50 %.2f ms  max %.2f ms to the request that makes it; "
                + "remembered for 5 s, it adds nothing (the GET /me figures above are mostly remembered)%n",
                pairs, millis(extra, 0.5), extra[pairs - 1] / 1e6);
    }

    private static String login(HttpClient http, String url, String email) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "/auth/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"" + email + "\",\"password\":\"slate demo password\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("login of " + email + " failed: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }

    private static long[] time(HttpClient http, String url, String token, int requests) throws Exception {
        for (int i = 0; i < 100; i++) {
            get(http, url, token);
        }
        long[] took = new long[requests];
        for (int i = 0; i < requests; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = get(http, url, token);
            took[i] = System.nanoTime() - start;
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode());
            }
        }
        Arrays.sort(took);
        return took;
    }

    private static HttpResponse<String> get(HttpClient http, String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The signature check alone, with the key the token names, as every function does per request. */
    private static double signatureMicros(String token, String jwks) throws Exception {
        String[] parts = token.split("\\.");
        String header = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
        String kid = field(header, "kid");
        Matcher key = Pattern.compile("\\{[^}]*\"kid\":\"" + Pattern.quote(kid) + "\"[^}]*}").matcher(jwks);
        if (!key.find()) {
            throw new IllegalStateException("no key " + kid + " in " + jwks);
        }
        PublicKey publicKey = KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(field(key.group(), "n"))),
                new BigInteger(1, Base64.getUrlDecoder().decode(field(key.group(), "e")))));
        byte[] signed = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        int rounds = 5000;
        long start = 0;
        for (int i = 0; i < rounds * 2; i++) {
            if (i == rounds) {
                start = System.nanoTime(); // the first half warms up
            }
            Signature verifier = Signature.getInstance("SHA256withRSA");
            verifier.initVerify(publicKey);
            verifier.update(signed);
            if (!verifier.verify(signature)) {
                throw new IllegalStateException("the token does not verify");
            }
        }
        return (System.nanoTime() - start) / 1e3 / rounds;
    }

    private static String field(String json, String name) {
        Matcher value = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!value.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return value.group(1);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
