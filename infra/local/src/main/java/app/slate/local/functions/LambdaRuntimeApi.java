package app.slate.local.functions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The AWS Lambda Runtime API (2018-06-01), as a function's runtime sees it: it asks for the next
 * invocation, answers it or reports an error, or reports that it could not initialise. One
 * function process talks to one instance; {@link #invoke} hands it an event and waits for the answer.
 */
public final class LambdaRuntimeApi implements AutoCloseable {

    private static final String BASE = "/2018-06-01/runtime/";

    /** What the function answered: its response, or the error it reported (at init or for this event). */
    public record Outcome(boolean error, String body) {
    }

    private record Invocation(String requestId, String event, String traceHeader, Duration timeout,
                              CompletableFuture<Void> taken, CompletableFuture<Outcome> outcome) {
    }

    /**
     * How long an event may wait for the runtime to take it: the cold start before it. Lambda
     * limits init to 10 s; a busy two-core machine starting several functions at once needs more.
     */
    private static final Duration INIT_LIMIT = Duration.ofSeconds(120);

    private final HttpServer server;
    private final BlockingQueue<Invocation> pending = new LinkedBlockingQueue<>();
    private final Map<String, Invocation> inFlight = new ConcurrentHashMap<>();
    private final CompletableFuture<String> initError = new CompletableFuture<>();
    private final CompletableFuture<String> exited = new CompletableFuture<>();
    /** When the runtime first asked for an event (System.nanoTime): its init was over. */
    private final CompletableFuture<Long> firstPoll = new CompletableFuture<>();
    private final String functionArn;

    public LambdaRuntimeApi(String functionName) throws IOException {
        this.functionArn = "arn:aws:lambda:eu-west-2:000000000000:function:" + functionName;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(BASE, this::route);
        // "next" blocks until there is an event, so every exchange gets a thread of its own.
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread thread = new Thread(r, "runtime-api-" + functionName);
            thread.setDaemon(true);
            return thread;
        }));
        server.start();
    }

    /** host:port, as AWS_LAMBDA_RUNTIME_API gives it to the runtime. */
    public String address() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** Hands the function an event in a trace X-Ray does not sample, as most invocations are. */
    public Outcome invoke(String event, Duration timeout) throws Exception {
        String requestId = UUID.randomUUID().toString();
        return invoke(requestId, event, timeout, "Root=" + traceId(requestId) + ";Sampled=0");
    }

    /**
     * Hands the function an event with the X-Ray trace header Lambda would give it (Root, Parent,
     * Sampled); completes with its answer, its init error, or a timeout. As in Lambda, the
     * function's {@code timeout} runs from when its runtime takes the event, after any cold start.
     */
    public Outcome invoke(String requestId, String event, Duration timeout, String traceHeader) throws Exception {
        Invocation invocation = new Invocation(requestId, event, traceHeader, timeout, new CompletableFuture<>(), new CompletableFuture<>());
        pending.add(invocation);
        CompletableFuture<Outcome> initFailed = initError.thenApply(body -> new Outcome(true, "init error: " + body));
        CompletableFuture<Outcome> gone = exited.thenApply(why -> new Outcome(true, why));
        try {
            CompletableFuture.anyOf(invocation.taken(), initFailed, gone).get(INIT_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            return (Outcome) CompletableFuture.anyOf(invocation.outcome(), initFailed, gone).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            pending.remove(invocation);
            inFlight.remove(requestId);
        }
    }

    /** Answers what is waiting, and what comes later, with an error once {@code process} has ended. */
    public void servedBy(Process process) {
        process.onExit().thenAccept(ended -> exited.complete("the function's process exited with status " + ended.exitValue()));
    }

    private void route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath().substring(BASE.length());
        try (exchange) {
            if (path.equals("invocation/next") && exchange.getRequestMethod().equals("GET")) {
                next(exchange);
            } else if (path.equals("init/error")) {
                initError.complete(body(exchange));
                answer(exchange, 202, "{}");
            } else if (path.startsWith("invocation/") && (path.endsWith("/response") || path.endsWith("/error"))) {
                String requestId = path.split("/")[1];
                Invocation invocation = inFlight.remove(requestId);
                if (invocation == null) {
                    answer(exchange, 400, "{\"errorMessage\":\"unknown request id\"}");
                    return;
                }
                invocation.outcome().complete(new Outcome(path.endsWith("/error"), body(exchange)));
                answer(exchange, 202, "{}");
            } else {
                answer(exchange, 404, "{\"errorMessage\":\"no such runtime API path\"}");
            }
        }
    }

    /** System.nanoTime() of the runtime's first request for an event, or -1 if it never asked. */
    public long initDoneNanos() {
        return firstPoll.getNow(-1L);
    }

    private void next(HttpExchange exchange) throws IOException {
        firstPoll.complete(System.nanoTime());
        Invocation invocation;
        try {
            invocation = pending.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        inFlight.put(invocation.requestId(), invocation);
        invocation.taken().complete(null);
        exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", invocation.requestId());
        exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms", Long.toString(System.currentTimeMillis() + invocation.timeout().toMillis()));
        exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn", functionArn);
        exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id", invocation.traceHeader());
        answer(exchange, 200, invocation.event());
    }

    /** An X-Ray trace id (1-epoch seconds in hex-24 hex digits) made from a request id. */
    public static String traceId(String requestId) {
        return "1-" + Long.toHexString(System.currentTimeMillis() / 1000) + "-" + requestId.replace("-", "").substring(0, 24);
    }

    private static String body(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
