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
 * (PUT /talents/me: PostgreSQL, then the outbox, SQS and three consumers). Afterwards it waits until
 * every talent's last change is searchable: the time that takes is the catch-up, and a talent whose
 * last change never arrives is an event lost (must be 0). Faults (--fault, in the middle of the run):
 * <ul>
 * <li>{@code opensearch}: the OpenSearch stand-in stopped (SIGSTOP) for --fault-seconds, then resumed;
 * <li>{@code sqs}: the stand-ins' JVM stopped the same way: SQS (ElasticMQ), and with it DynamoDB
 *     Local and the S3 stand-in, which share that JVM;
 * <li>{@code postgres}: PostgreSQL restarted: a fast shutdown (every connection dropped, open
 *     transactions rolled back), then started again on the same data folder and port;
 * <li>{@code cloud}: the local cloud killed (SIGKILL, mid-batch: whatever it was relaying or
 *     consuming is cut off; its stand-ins stop with it), then started again with the same command
 *     line (less --wipe) on the same data folder; the fault lasts until it answers /health again.
 * </ul>
 * JDK only: `./slate load [--clients 32] [--seconds 60] [--fault opensearch|sqs|postgres|cloud] [--fault-seconds 30]`;
 * `./slate chaos` runs it once per fault.
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
        String fault = options.getOrDefault("fault", "none");
        int faultSeconds = Integer.parseInt(options.getOrDefault("fault-seconds", "30"));
        String run = "lm" + UUID.randomUUID().toString().substring(0, 6);

        String casting = login("casting@slate.local", "slate demo password");
        List<Talent> talent = new ArrayList<>();
        for (int i = 0; i < TALENT; i++) {
            talent.add(talent(i));
        }
        Path board = new Path("GET /roles (OpenSearch)");
        Path own = new Path("GET /talents/me (PostgreSQL)");
        Path change = new Path("PUT /talents/me (outbox, 3 consumers)");
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(seconds).toNanos();
        long faultFrom = fault.equals("none") ? Long.MAX_VALUE : start + Duration.ofSeconds(seconds).toNanos() / 2 - Duration.ofSeconds(faultSeconds).toNanos() / 2;
        AtomicLong faultLasted = new AtomicLong();
        AtomicLong faultTo = new AtomicLong(faultFrom == Long.MAX_VALUE ? Long.MAX_VALUE : faultFrom + Duration.ofSeconds(faultSeconds).toNanos());

        try (ExecutorService load = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                Talent mine = talent.get(c % talent.size());
                load.submit(() -> {
                    while (System.nanoTime() < end) {
                        int pick = ThreadLocalRandom.current().nextInt(100);
                        int status;
                        if (pick < 60) {
                            status = timed(board, "GET", "/roles?limit=20&country=GB", mine.token(), null, faultFrom, faultTo);
                        } else if (pick < 85) {
                            status = timed(own, "GET", "/talents/me", mine.token(), null, faultFrom, faultTo);
                        } else {
                            status = timed(change, "PUT", "/talents/me", mine.token(), mine.profile().replace("MARKER", run + "x" + System.nanoTime()),
                                    faultFrom, faultTo);
                        }
                        if (status == 0) {
                            Thread.sleep(250); // nothing listening: a client waits a moment before it tries again
                        }
                    }
                    return null;
                });
            }
            if (!fault.equals("none")) {
                Thread.sleep(Duration.ofNanos(faultFrom - System.nanoTime()));
                long planned = faultTo.getAndSet(Long.MAX_VALUE);
                long injected = System.nanoTime();
                inject(fault, faultSeconds);
                faultLasted.set(System.nanoTime() - injected);
                // A restart takes as long as it takes: the fault lasts until the platform is back.
                faultTo.set(Math.max(planned, System.nanoTime()));
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
                fault.equals("none") ? "" : String.format(", fault halfway: %s (%.1f s; errors counted in it from its start for %d s)", fault,
                        faultLasted.get() / 1e9, (faultTo.get() - faultFrom) / 1_000_000_000), TALENT);
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

    private static int timed(Path path, String method, String route, String token, String body, long faultFrom, AtomicLong faultTo) {
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
            if (t0 >= faultFrom && t0 < faultTo.get()) {
                path.errorsInFault().incrementAndGet();
            }
        }
        return status;
    }

    /**
     * The run's n-th talent: the same account on every run (registration allows 20 an hour from one
     * address, and `./slate chaos` runs this four times), made on the first.
     */
    private static Talent talent(int n) throws Exception {
        String email = "load-" + n + "@example.com";
        String password = "load test passphrase";
        if (send("POST", "/auth/login", null, credentials(email, password)).statusCode() != 200) {
            expect(send("POST", "/auth/register", null, "{\"email\":\"" + email + "\",\"password\":\"" + password
                    + "\",\"displayName\":\"Load\",\"role\":\"talent\",\"dateOfBirth\":\"1992-04-04\"}"), 201);
        }
        String token = login(email, password);
        String profile = """
                {"legalName":"Load Talent","dateOfBirth":"1992-04-04","playableAge":{"min":26,"max":36},"gender":"FEMALE",
                 "location":{"city":"Manchester","country":"GB"},"languages":[{"language":"en","proficiency":"NATIVE"}],
                 "union":{"status":"NON_UNION"},"bio":"Stage and screen, MARKER","published":true}""";
        HttpResponse<String> created = send("POST", "/talents/me", token, profile.replace("MARKER", "first"));
        Matcher id = ID.matcher(created.statusCode() == 409 ? expect(send("GET", "/talents/me", token, null), 200) : expect(created, 201));
        id.find();
        return new Talent(token, id.group(1), profile);
    }

    private static void inject(String fault, int seconds) throws Exception {
        switch (fault) {
            case "opensearch", "sqs" -> {
                ProcessHandle process = process(fault.equals("sqs") ? "infra/standins/target/classes" : "org.opensearch.bootstrap.OpenSearch");
                signal("STOP", process);
                System.out.printf("%s stopped (pid %d) for %d s%n", fault, process.pid(), seconds);
                Thread.sleep(Duration.ofSeconds(seconds));
                signal("CONT", process);
                System.out.printf("%s resumed%n", fault);
            }
            case "postgres" -> restartPostgres();
            case "cloud" -> restartCloud();
            default -> throw new IllegalArgumentException("--fault opensearch, sqs, postgres or cloud");
        }
    }

    /** A fast shutdown (SIGINT), then the server started again with the arguments it had (postmaster.opts). */
    private static void restartPostgres() throws Exception {
        ProcessHandle postmaster = process("postgres -D");
        // In a user namespace of its own, as the stand-in starts it: PostgreSQL refuses to run as root.
        List<String> arguments = new ArrayList<>(List.of("unshare", "-U", postmaster.info().command().orElseThrow()));
        arguments.addAll(Arrays.asList(postmaster.info().arguments().orElseThrow()));
        java.nio.file.Path dataDir = java.nio.file.Path.of(arguments.get(arguments.indexOf("-D") + 1));
        long t0 = System.nanoTime();
        signal("INT", postmaster);
        postmaster.onExit().get();
        new ProcessBuilder(arguments).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("postgres-restarted.log").toFile())).start();
        System.out.printf("postgres stopped (pid %d) and started again in %.1f s%n", postmaster.pid(), (System.nanoTime() - t0) / 1e9);
    }

    /** SIGKILL, then the same command line in the same folder, until /health answers again. */
    private static void restartCloud() throws Exception {
        ProcessHandle cloud = process("quarkus-run.jar");
        List<String> arguments = new ArrayList<>(List.of(cloud.info().command().orElseThrow()));
        // The same data folder, kept: a restart with --wipe would lose everything the check looks for.
        Arrays.stream(cloud.info().arguments().orElseThrow()).filter(argument -> !argument.equals("--wipe")).forEach(arguments::add);
        java.io.File folder = java.nio.file.Path.of("/proc/" + cloud.pid() + "/cwd").toRealPath().toFile();
        ProcessHandle standIns = process("infra/standins/target/classes");
        long t0 = System.nanoTime();
        signal("KILL", cloud);
        cloud.onExit().get();
        // Its stand-ins notice their parent is gone and stop (PostgreSQL last); the new cloud, started as a
        // supervisor would once they are gone, starts them again on the same data.
        standIns.onExit().get(2, java.util.concurrent.TimeUnit.MINUTES);
        new ProcessBuilder(arguments).directory(folder).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new java.io.File(folder, "target/local-cloud-restarted.log"))).start();
        System.out.printf("local cloud killed (pid %d) and started again; waiting for /health%n", cloud.pid());
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (send("GET", "/health", null, null).statusCode() == 200) {
                    break;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        System.out.printf("local cloud answering again %.1f s after the kill%n", (System.nanoTime() - t0) / 1e9);
    }

    /** The process whose command line holds {@code marker}. */
    private static ProcessHandle process(String marker) {
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(marker)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no process running " + marker));
    }

    private static void signal(String signal, ProcessHandle process) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    private static String credentials(String email, String password) {
        return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
    }

    private static String login(String email, String password) throws Exception {
        Matcher token = TOKEN.matcher(expect(send("POST", "/auth/login", null, credentials(email, password)), 200));
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
