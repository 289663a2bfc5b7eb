package app.slate.standins;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * A real OpenSearch node with the k-NN plugin, run as a child process. The distribution is
 * unpacked and the plugin installed once into a shared cache; each node gets its own config,
 * data and logs. OpenSearch refuses to run as root, so under root it runs as an unprivileged
 * system user.
 */
final class OpenSearchStandIn implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OpenSearchStandIn.class);
    static final String VERSION = "3.5.0";
    private static final String KNN_VERSION = "3.5.0.0";
    private static final String SERVICE_USER = "slate-search";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    /**
     * The node's heap (-Xms and -Xmx), a JVM size such as 4g. The default is enough for the tests and
     * the demo; a million match vectors need more (README, Matching and AI). Lucene reads vectors and
     * HNSW graphs through the page cache, outside the heap: the rest of the machine's memory serves them.
     */
    private static final String HEAP_VARIABLE = "SLATE_OPENSEARCH_HEAP";
    private static final String DEFAULT_HEAP = "512m";

    private final Process process;
    private final int port;

    private OpenSearchStandIn(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static OpenSearchStandIn start(Path nodeDir) throws Exception {
        String heap = heap(System.getenv());
        Path home = installedDistribution();
        int port = Ports.free();
        Path config = nodeDir.resolve("config");
        Files.createDirectories(nodeDir.resolve("data"));
        Files.createDirectories(nodeDir.resolve("logs"));
        copyTree(home.resolve("config"), config);
        // jvm.options names logs/ and data/ relative to the distribution, which is shared and read-only.
        Files.writeString(config.resolve("jvm.options"), Files.readString(home.resolve("config/jvm.options"))
                .replace("logs/", nodeDir.resolve("logs") + "/")
                .replace("HeapDumpPath=data", "HeapDumpPath=" + nodeDir.resolve("data")));
        Files.writeString(config.resolve("opensearch.yml"), String.join("\n",
                "cluster.name: slate-local",
                "node.name: slate-node",
                "discovery.type: single-node",
                "network.host: 127.0.0.1",
                "http.port: " + port,
                "transport.port: " + Ports.free(),
                "path.data: " + nodeDir.resolve("data"),
                "path.logs: " + nodeDir.resolve("logs"),
                "cluster.routing.allocation.disk.threshold_enabled: false",
                ""));

        List<String> command = new ArrayList<>();
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            ensureServiceUser(nodeDir);
            command.addAll(List.of("runuser", "-u", SERVICE_USER, "--"));
        }
        command.addAll(List.of("env",
                "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
                "OPENSEARCH_PATH_CONF=" + config,
                "OPENSEARCH_JAVA_OPTS=-Xms" + heap + " -Xmx" + heap,
                home.resolve("bin/opensearch").toString()));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(nodeDir.resolve("logs/console.log").toFile())
                .start();
        OpenSearchStandIn node = new OpenSearchStandIn(process, port);
        // A child process outlives a JVM that exits on failure unless it is stopped explicitly.
        Runtime.getRuntime().addShutdownHook(new Thread(node::close, "opensearch-stop"));
        try {
            Readiness.await("OpenSearch", process, URI.create(node.endpoint() + "/_cluster/health?wait_for_status=yellow&timeout=1s"),
                    START_TIMEOUT, nodeDir.resolve("logs/console.log"));
        } catch (Exception notReady) {
            node.close();
            throw notReady;
        }
        return node;
    }

    static String heap(Map<String, String> environment) {
        String heap = environment.getOrDefault(HEAP_VARIABLE, "").trim();
        if (heap.isEmpty()) {
            return DEFAULT_HEAP;
        }
        if (!heap.matches("[1-9][0-9]*[mMgG]")) {
            throw new IllegalArgumentException(HEAP_VARIABLE + " must be a heap size such as 512m or 4g, not " + heap);
        }
        return heap;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /** Unpacks OpenSearch and installs k-NN once, into a cache that any local user can read. */
    private static synchronized Path installedDistribution() throws Exception {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "slate-opensearch-" + VERSION);
        if (Files.isDirectory(cache.resolve("plugins/opensearch-knn"))) {
            return cache;
        }
        Path distribution = MavenArtifacts.locate("org.opensearch.distribution.integ-test-zip", "opensearch", VERSION, "zip");
        Path knn = MavenArtifacts.locate("org.opensearch.plugin", "opensearch-knn", KNN_VERSION, "zip");
        Path staging = Files.createTempDirectory(cache.getParent(), "slate-opensearch-staging");
        run(staging, "unzip", "-q", distribution.toString(), "-d", staging.toString());
        Path home;
        try (Stream<Path> children = Files.list(staging)) {
            home = children.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        run(home, "env", "OPENSEARCH_JAVA_HOME=" + System.getProperty("java.home"),
                home.resolve("bin/opensearch-plugin").toString(), "install", "--batch", knn.toUri().toString());
        run(staging, "chmod", "-R", "a+rX", home.toString());
        try {
            Files.move(home, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherProcessWon) {
            LOG.debugf("OpenSearch cache already installed by another process: %s", anotherProcessWon);
        }
        return cache;
    }

    private static void ensureServiceUser(Path nodeDir) throws Exception {
        if (new ProcessBuilder("id", "-u", SERVICE_USER).start().waitFor() != 0) {
            run(nodeDir, "useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SERVICE_USER);
        }
        run(nodeDir, "chown", "-R", SERVICE_USER, nodeDir.toString());
        // The unprivileged user must be able to walk down to its folder.
        for (Path dir = nodeDir.getParent(); dir != null; dir = dir.getParent()) {
            run(nodeDir, "chmod", "o+x", dir.toString());
        }
    }

    private static void run(Path workDir, String... command) throws Exception {
        Process process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.sorted(Comparator.naturalOrder()).toList()) {
                Files.copy(source, to.resolve(from.relativize(source).toString()));
            }
        }
    }

    /** Asks OpenSearch to stop, and kills it after a short grace: its data is durable on disk either way. */
    @Override
    public void close() {
        List<ProcessHandle> node = new ArrayList<>(process.descendants().toList());
        node.add(process.toHandle());
        node.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : node) {
            try {
                handle.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
            } catch (Exception slow) {
                handle.destroyForcibly();
            }
        }
    }
}
