import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email through the whole path, against a running local cloud: a committed change (a project
 * owner invites a collaborator) -> outbox -> relay -> notifications queue -> worker -> SES (the
 * stand-in). Prints the time from the invitation's answer (its transaction has committed) to the
 * message appearing in the local mailbox, one invitation at a time (p50/p99), then the rate at
 * which the worker empties a burst of invitations (emails per second).
 *
 * Uses the demo casting director (casting@slate.local) and invents addresses at example.com.
 * JDK only: `./slate bench notifications [--url U] [--samples N] [--burst N]`.
 */
public class NotificationsBenchmark {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String url = "http://localhost:8080";

    public static void main(String[] args) throws Exception {
        int samples = 50;
        int burst = 300;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--url" -> url = args[i + 1];
                case "--samples" -> samples = Integer.parseInt(args[i + 1]);
                case "--burst" -> burst = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String token = login("casting@slate.local", "slate demo password");
        String project = id(call("POST", "/projects", token, """
                {"title":"Bench Orchard","type":"FILM","locations":[{"city":"Leeds","country":"GB"}],"union":"MIXED","confidential":false}""", 201));
        String run = UUID.randomUUID().toString().substring(0, 8);

        invite(token, project, "warmup-" + run + "@example.com");
        awaitEmail("warmup-" + run + "@example.com");

        long[] latencies = new long[samples];
        for (int i = 0; i < samples; i++) {
            String address = "latency-" + run + "-" + i + "@example.com";
            invite(token, project, address);
            long committed = System.nanoTime();
            awaitEmail(address);
            latencies[i] = System.nanoTime() - committed;
        }
        Arrays.sort(latencies);
        System.out.printf("commit -> mailbox (email)  n=%d  p50 %.0f ms  p99 %.0f ms  max %.0f ms%n",
                samples, millis(latencies, 0.5), millis(latencies, 0.99), latencies[samples - 1] / 1e6);

        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            String address = "burst-" + run + "-" + i + "@example.com";
            sent.add(senders.submit(() -> invite(token, project, address)));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        long invited = System.nanoTime();
        senders.shutdown();
        String prefix = "burst-" + run + "-";
        int seen = 0;
        while (seen < burst) {
            Thread.sleep(100);
            seen = count(call("GET", "/local/messages?channel=email", null, null, 200), prefix);
            if (System.nanoTime() - invited > 300e9) {
                throw new IllegalStateException("only " + seen + " of " + burst + " emails after 5 minutes");
            }
        }
        long done = System.nanoTime();
        System.out.printf("burst of %d invitations: answered in %.1f s; every email in the mailbox after %.1f s: %.0f emails/s end to end%n",
                burst, (invited - started) / 1e9, (done - started) / 1e9, burst / ((done - started) / 1e9));

        everyChannel(token, project, run, Math.max(5, samples / 2), Math.max(20, burst / 5));
    }

    /**
     * One casting event on every channel: the demo talent (quiet hours off, role invitations by SMS
     * switched on, a number verified by its code, a development phone for push) is invited to a new
     * role; the time from the invitation's answer to its email, text and push in the mailbox, then
     * how fast a burst of invitations empties on each channel.
     */
    private static void everyChannel(String director, String project, String run, int samples, int burst) throws Exception {
        String talent = login("talent@slate.local", "slate demo password");
        String profile = profileOf(talent);
        String number = "+4477009" + (10_000 + new java.util.Random().nextInt(89_999));
        call("PUT", "/notifications/preferences", talent, """
                {"quietHours":{"on":false,"from":"21:00","until":"08:00"},
                 "choices":[{"category":"ROLE_INVITATIONS","channel":"SMS","enabled":true}]}""", 200);
        call("PUT", "/notifications/phone", talent, "{\"number\":\"" + number + "\"}", 202);
        Matcher code = Pattern.compile("your code is (\\d{6})").matcher(await("sms", number, "your code is"));
        if (!code.find()) {
            throw new IllegalStateException("no code texted to " + number);
        }
        call("POST", "/notifications/phone/verify", talent, "{\"code\":\"" + code.group(1) + "\"}", 200);
        call("POST", "/local/phones", talent, null, 201);

        List<String> channels = List.of("email", "sms", "push");
        String[] recipients = {"talent@slate.local", number, "talent@slate.local"};
        long[][] latencies = new long[3][samples];
        for (int i = 0; i < samples; i++) {
            String role = "Bench " + run + " " + i;
            inviteToNewRole(director, project, profile, role);
            long committed = System.nanoTime();
            for (int c = 0; c < 3; c++) {
                await(channels.get(c), recipients[c], role);
                latencies[c][i] = System.nanoTime() - committed;
            }
        }
        for (int c = 0; c < 3; c++) {
            Arrays.sort(latencies[c]);
            System.out.printf("commit -> mailbox (%s, role invitation)  n=%d  p50 %.0f ms  p99 %.0f ms%n",
                    channels.get(c), samples, millis(latencies[c], 0.5), millis(latencies[c], 0.99));
        }

        String prefix = "Burst " + run + " ";
        ExecutorService senders = Executors.newFixedThreadPool(8);
        List<Future<?>> sent = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < burst; i++) {
            String role = prefix + i;
            sent.add(senders.submit(() -> {
                inviteToNewRole(director, project, profile, role);
                return null;
            }));
        }
        for (Future<?> future : sent) {
            future.get();
        }
        long invited = System.nanoTime();
        senders.shutdown();
        for (int c = 0; c < 3; c++) {
            while (mentions(call("GET", "/local/messages?channel=" + channels.get(c) + "&recipient=" + encoded(recipients[c]), null, null, 200),
                    prefix) < burst) {
                Thread.sleep(100);
                if (System.nanoTime() - invited > 300e9) {
                    throw new IllegalStateException("not every " + channels.get(c) + " message after 5 minutes");
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("burst of %d role invitations (each a new role, opened; all sent in %.1f s): every %s in the mailbox "
                    + "%.1f s after the first: %.1f/s%n", burst, (invited - started) / 1e9, channels.get(c), seconds, burst / seconds);
        }
    }

    private static String profileOf(String talent) throws Exception {
        HttpResponse<String> mine = HTTP.send(HttpRequest.newBuilder(URI.create(url + "/talents/me"))
                .header("Authorization", "Bearer " + talent).build(), HttpResponse.BodyHandlers.ofString());
        if (mine.statusCode() == 200) {
            return id(mine.body());
        }
        return id(call("POST", "/talents/me", talent, """
                {"legalName":"Tala Demo","dateOfBirth":"1994-05-02","playableAge":{"min":25,"max":35},"gender":"FEMALE",
                 "location":{"city":"London","country":"GB"},"union":{"status":"NON_UNION"},"published":true}""", 201));
    }

    private static void inviteToNewRole(String director, String project, String profile, String name) throws Exception {
        String role = id(call("POST", "/projects/" + project + "/roles", director, """
                {"name":"%s","kind":"SUPPORTING","description":"A benchmark part.","playableAge":{"min":20,"max":40},"genders":[],
                 "ethnicities":[],"languages":["en"],"skills":[],"location":{"city":"Leeds","country":"GB"},"pay":{"paid":false},
                 "union":"ANY","deadline":"%s","visibility":"PUBLIC","requestedMedia":[],"sides":[],
                 "rider":{"nudity":"NONE","intimacy":false}}""".formatted(name, java.time.Instant.now().plusSeconds(30L * 86_400)), 201));
        call("POST", "/roles/" + role + "/open", director, null, 200);
        call("POST", "/roles/" + role + "/invitations", director, "{\"talentProfileIds\":[\"" + profile + "\"]}", 200);
    }

    /** The first message on this channel to this recipient that mentions {@code text}, within a minute. */
    private static String await(String channel, String recipient, String text) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String messages = call("GET", "/local/messages?channel=" + channel + "&recipient=" + encoded(recipient), null, null, 200);
            if (messages.contains(text)) {
                return messages;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no " + channel + " to " + recipient + " mentioning " + text + " within a minute");
    }

    /** A number's + would read as a space in a query. */
    private static String encoded(String recipient) {
        return java.net.URLEncoder.encode(recipient, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** How many of the burst's roles a channel's messages name (each role's message once, however often it names it). */
    private static int mentions(String messages, String prefix) {
        Matcher matcher = Pattern.compile(Pattern.quote(prefix) + "(\\d+)").matcher(messages);
        java.util.Set<String> roles = new java.util.HashSet<>();
        while (matcher.find()) {
            roles.add(matcher.group(1));
        }
        return roles.size();
    }

    private static Void invite(String token, String project, String address) throws Exception {
        call("POST", "/projects/" + project + "/collaborators", token, "{\"email\":\"" + address + "\",\"access\":\"VIEWER\"}", 200);
        return null;
    }

    private static void awaitEmail(String address) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (call("GET", "/local/messages?channel=email&recipient=" + address, null, null, 200).contains("\"to\":[\"" + address)) {
                return;
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no email to " + address + " within a minute");
    }

    private static int count(String messages, String prefix) {
        Matcher matcher = Pattern.compile("\"to\":\\[\"" + Pattern.quote(prefix)).matcher(messages);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }

    private static String login(String email, String password) throws Exception {
        Matcher token = Pattern.compile("\"accessToken\":\"([^\"]+)\"").matcher(call("POST", "/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}", 200));
        if (!token.find()) {
            throw new IllegalStateException("no access token for " + email);
        }
        return token.group(1);
    }

    private static String id(String body) {
        Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + body);
        }
        return id.group(1);
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
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
