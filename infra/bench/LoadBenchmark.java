import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sustained load on the main read and write paths of a running local cloud, with a fault injected
 * halfway: N clients (virtual threads) for S seconds, each request one of the role board (GET
 * /roles, OpenSearch), a talent's own profile (GET /talents/me, PostgreSQL) or a profile change
 * (PUT /talents/me: PostgreSQL, then the outbox, SQS and three consumers). With --pause opensearch
 * the OpenSearch stand-in is frozen (SIGSTOP) for --pause-seconds in the middle of the run, then
 * thawed (SIGCONT). Afterwards it waits until every talent's last change is searchable: the time that
 * takes is the catch-up, and a talent whose last change never arrives is an event lost (must be 0).
 * JDK only: `./slate load [--clients 32] [--seconds 60] [--pause opensearch] [--pause-seconds 30]`.
 */
public class LoadBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"accessToken\":\"([^\"]+)\"");
    private static final int TALENT = 6;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String url;

    /** What one path saw: latencies of every answer, and the answers that were errors (5xx or none). */
    record Path(String name, ConcurrentLinkedQueue<Long> nanos, AtomicLong errors, AtomicLong errorsInFault, Map<Integer, AtomicLong> statuses) {
        Path(String name) {
            this(name, new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong(), new ConcurrentHashMap<>());
        }
    }

    /** A talent of the run: their token, their profile, and the profile document with a MARKER to replace. */
    record Talent(String token, String profileId, String profile) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        url = options.getOrDefault("url", "http://localhost:8080");
        int clients = Integer.parseInt(options.getOrDefault("clients", "32"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
        String pause = options.getOrDefault("pause", "none");
        int pauseSeconds = Integer.parseInt(options.getOrDefault("pause-seconds", "30"));
        String run = "lm" + UUID.randomUUID().toString().substring(0, 6);

        String casting = login("casting@slate.local", "slate demo password");
        List<Talent> talent = new ArrayList<>();
        for (int i = 0; i < TALENT; i++) {
            talent.add(newTalent());
        }
        Path board = new Path("GET /roles (OpenSearch)");
        Path own = new Path("GET /talents/me (PostgreSQL)");
        Path change = new Path("PUT /talents/me (outbox, 3 consumers)");
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        long faultFrom = pause.equals("none") ? Long.MAX_VALUE : start + Duration.ofSeconds(seconds).toNanos() / 2 - Duration.ofSeconds(pauseSeconds).toNanos() / 2;
        long faultTo = faultFrom == Long.MAX_VALUE ? Long.MAX_VALUE : faultFrom + Duration.ofSeconds(pauseSeconds).toNanos();

        try (ExecutorService load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                Talent mine = talent.get(c % talent.size());
                load.submit(() -> {
                    while (System.nanoTime() < end) {
                        int pick = ThreadLocalRandom.current().nextInt(100);
                        if (pick < 60) {
                            timed(board, "GET", "/roles?limit=20&country=GB", mine.token(), null, faultFrom, faultTo);
                        } else if (pick < 85) {
                            timed(own, "GET", "/talents/me", mine.token(), null, faultFrom, faultTo);
                        } else {
                            timed(change, "PUT", "/talents/me", mine.token(), mine.profile().replace("MARKER", run + "x" + System.nanoTime()),
                                    faultFrom, faultTo);
                        }
                    }
                    return null;
                });
            }
            if (!pause.equals("none")) {
                Thread.sleep(Duration.ofNanos(faultFrom - System.nanoTime()));
                long pid = process(pause).orElseThrow(() -> new IllegalStateException("no " + pause + " stand-in process found"));
                signal("STOP", pid);
                System.out.printf("%s (pid %d) frozen for %d s%n", pause, pid, pauseSeconds);
                Thread.sleep(Duration.ofSeconds(pauseSeconds));
                signal("CONT", pid);
                System.out.printf("%s thawed%n", pause);
            }
        }
        long loadEnded = System.nanoTime();

        // Catch-up: every talent's last accepted change is found by its marker in talent search.
        int lost = 0;
        long deadline = loadEnded + Duration.ofMinutes(5).toNanos();
        Pattern markers = Pattern.compile(run + "x\\d+");
        for (Talent t : talent) {
            // The change that won is the one the database holds (concurrent changes commit in any order).
            Matcher held = markers.matcher(expect(send("GET", "/talents/me", t.token(), null), 200));
            String marker = held.find() ? held.group() : "first";
            boolean found = false;
            while (!found && System.nanoTime() < deadline) {
                HttpResponse<String> search = send("GET", "/talents?limit=5&q=" + marker, casting, null);
                found = search.statusCode() == 200 && search.body().contains(t.profileId());
                if (!found) {
                    Thread.sleep(1_000); // within the casting director's 60 searches a minute
                }
            }
            if (!found) {
                lost++;
            }
        }
        double catchUp = (System.nanoTime() - loadEnded) / 1e9;

        System.out.printf("Load: %d clients for %d s%s; %d talent changing their profiles%n", clients, seconds,
                pause.equals("none") ? "" : ", " + pause + " frozen for " + pauseSeconds + " s halfway", TALENT);
        System.out.printf("| %-38s | %8s | %9s | %12s | %8s | %8s | %s%n", "path", "requests", "errors", "in the fault", "p50 ms", "p99 ms", "statuses");
        for (Path path : List.of(board, own, change)) {
            long[] nanos = path.nanos().stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("| %-38s | %8d | %8.2f%% | %12d | %8.1f | %8.1f | %s%n", path.name(), nanos.length,
                    nanos.length == 0 ? 0 : 100.0 * path.errors().get() / nanos.length, path.errorsInFault().get(),
                    percentile(nanos, 50), percentile(nanos, 99), path.statuses());
        }
        System.out.printf("Throughput %.0f requests/s; every last change searchable %.1f s after the load; events lost: %d%n",
                (board.nanos().size() + own.nanos().size() + change.nanos().size()) / ((loadEnded - start) / 1e9), catchUp, lost);
    }

    private static int timed(Path path, String method, String route, String token, String body, long faultFrom, long faultTo) {
        long t0 = System.nanoTime();
        int status;
        try {
            status = send(method, route, token, body).statusCode();
        } catch (IOException | InterruptedException e) {
            status = 0;
        }
        long t1 = System.nanoTime();
        path.nanos().add(t1 - t0);
        path.statuses().computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
        if (status == 0 || status >= 500) {
            path.errors().incrementAndGet();
            if (t0 >= faultFrom && t0 < faultTo) {
                path.errorsInFault().incrementAndGet();
            }
        }
        return status;
    }

    private static Talent newTalent() throws Exception {
        String email = "load-" + UUID.randomUUID() + "@example.com";
        expect(send("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"load test passphrase\",\"displayName\":\"Load\","
                + "\"role\":\"talent\",\"dateOfBirth\":\"1992-04-04\"}"), 201);
        String token = login(email, "load test passphrase");
        String profile = """
                {"legalName":"Load Talent","dateOfBirth":"1992-04-04","playableAge":{"min":26,"max":36},"gender":"FEMALE",
                 "location":{"city":"Manchester","country":"GB"},"languages":[{"language":"en","proficiency":"NATIVE"}],
                 "union":{"status":"NON_UNION"},"bio":"Stage and screen, MARKER","published":true}""";
        Matcher id = ID.matcher(expect(send("POST", "/talents/me", token, profile.replace("MARKER", "first")), 201));
        id.find();
        return new Talent(token, id.group(1), profile);
    }

    /** The stand-in's process, by what its command line runs. */
    private static Optional<Long> process(String standIn) {
        String main = switch (standIn) {
            case "opensearch" -> "org.opensearch.bootstrap.OpenSearch";
            case "postgres" -> "postgres -D";
            default -> throw new IllegalArgumentException("--pause opensearch or postgres");
        };
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(main))
                .map(ProcessHandle::pid).findFirst();
    }

    private static void signal(String signal, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }

    private static String login(String email, String password) throws Exception {
        Matcher token = TOKEN.matcher(expect(send("POST", "/auth/login", null,
                "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"), 200));
        if (!token.find()) {
            throw new IllegalStateException("no access token for " + email);
        }
        return token.group(1);
    }

    private static HttpResponse<String> send(String method, String route, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + route)).timeout(Duration.ofSeconds(90))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString());
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String expect(HttpResponse<String> answer, int status) {
        if (answer.statusCode() != status) {
            throw new IllegalStateException(answer.request().method() + " " + answer.uri().getPath() + " answered " + answer.statusCode()
                    + ": " + answer.body());
        }
        return answer.body();
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
