package app.slate.local.functions;

import app.slate.standins.Processes;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The running copies of one function, kept as Lambda keeps them: a copy starts from the
 * function's own package when an event finds none free (a cold start), stays warm for the next,
 * and takes one event at a time; beyond the concurrency limit an event waits for a free copy.
 * A copy that times out or whose process ends is dropped, and the next event starts another.
 */
public final class FunctionInstances implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(FunctionInstances.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);

    /** One copy: its process and the Runtime API it polls. */
    public record Instance(int number, LambdaRuntimeApi runtimeApi, Process process) {
        boolean alive() {
            return process.isAlive();
        }

        void stop() {
            process.destroy();
            awaitEnd();
        }

        /** Waits a few seconds for the process to end after SIGTERM, then kills it. */
        void awaitEnd() {
            Processes.awaitEnd(process, STOP_GRACE);
            runtimeApi.close();
        }
    }

    private final TemplateFunction function;
    private final XRayDaemon traces;
    private final Map<String, String> environment;
    private final Path work;
    private final Semaphore concurrency;
    private final LinkedBlockingDeque<Instance> idle = new LinkedBlockingDeque<>();
    private final List<Instance> running = new CopyOnWriteArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private Path root;
    private boolean closed;

    FunctionInstances(TemplateFunction function, Map<String, String> environment, Path work, int concurrency, XRayDaemon traces) {
        this.function = function;
        this.traces = traces;
        this.environment = environment;
        this.work = work;
        this.concurrency = new Semaphore(concurrency, true);
    }

    /** Hands {@code event} to a free copy in a trace of its own. */
    public LambdaRuntimeApi.Outcome invoke(String event) throws Exception {
        return invoke(event, null);
    }

    /**
     * Hands {@code event} to a free copy, starting one if none is free, and waits for its answer.
     * The invocation continues trace {@code traceId} (Lambda continues an SQS message's
     * AWSTraceHeader), or starts one when it is null; locally every invocation is sampled, and its
     * segment goes to the daemon as the Lambda service would send it.
     */
    public LambdaRuntimeApi.Outcome invoke(String event, String traceId) throws Exception {
        Duration timeout = Duration.ofSeconds(function.timeoutSeconds());
        if (!concurrency.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new TimeoutException(function.name + ": every copy stayed busy for " + timeout.toSeconds() + " s");
        }
        try {
            Instance instance = idle.pollFirst();
            while (instance != null && !instance.alive()) {
                drop(instance);
                instance = idle.pollFirst();
            }
            if (instance == null) {
                instance = start();
            }
            String requestId = UUID.randomUUID().toString();
            String trace = traceId != null ? traceId : LambdaRuntimeApi.traceId(requestId);
            String segmentId = HexFormat.of().toHexDigits(RANDOM.nextLong());
            Instant begun = Instant.now();
            try {
                LambdaRuntimeApi.Outcome outcome = instance.runtimeApi().invoke(requestId, event, timeout,
                        "Root=" + trace + ";Parent=" + segmentId + ";Sampled=1");
                traces.invocation(function.name, trace, segmentId, requestId, begun, Instant.now(), outcome.error());
                if (instance.alive()) {
                    idle.addFirst(instance);
                } else {
                    drop(instance);
                }
                return outcome;
            } catch (TimeoutException e) {
                // Lambda ends an invocation that outlives the function's timeout, and with it that copy.
                drop(instance);
                throw new TimeoutException(function.name + " did not answer within its timeout of " + timeout.toSeconds() + " s");
            }
        } finally {
            concurrency.release();
        }
    }

    private synchronized Instance start() throws IOException {
        if (closed) {
            // A poller's last event while the local cloud stops must not leave a copy behind it.
            throw new IllegalStateException(function.name + ": the local cloud is stopping");
        }
        if (root == null) {
            root = LambdaProcess.unpack(function.zip(), work.resolve(function.name));
        }
        int number = started.incrementAndGet();
        LambdaRuntimeApi runtimeApi = new LambdaRuntimeApi(function.name);
        Process process = LambdaProcess.start(function.name, root, environment, function.memory(), runtimeApi.address(),
                work.resolve(function.name + "-" + number + ".log"));
        runtimeApi.servedBy(process);
        Instance instance = new Instance(number, runtimeApi, process);
        running.add(instance);
        LOG.infof("%s: copy %d started from %s (pid %d)", function.name, number, function.zip().getFileName(), process.pid());
        return instance;
    }

    private void drop(Instance instance) {
        running.remove(instance);
        instance.stop();
    }

    /** The copies running now. */
    public List<Instance> running() {
        return List.copyOf(running);
    }

    public String name() {
        return function.name;
    }

    /** Stops every copy: all are asked to end at once, then waited for. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        running.forEach(copy -> copy.process().destroy());
        running.forEach(Instance::awaitEnd);
        running.clear();
        idle.clear();
    }
}
