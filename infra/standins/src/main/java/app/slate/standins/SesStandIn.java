package app.slate.standins;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Amazon SES v2 as the npm package {@code aws-ses-v2-local} serves it: the SESv2 REST API
 * ({@code POST /v2/email/outbound-emails} and the rest), run by Node as a child process. Every
 * email it accepts is kept in its store ({@code GET /store}), which the local cloud's mailbox
 * reads. The package and its dependencies are installed once, exactly as the lock file in this
 * module's resources pins them, into a cache beside OpenSearch's.
 */
final class SesStandIn implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SesStandIn.class);
    static final String VERSION = "2.10.2";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;

    private SesStandIn(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static SesStandIn start(Path dir) throws Exception {
        Path cli = installedPackage().resolve("node_modules/aws-ses-v2-local/dist/cli.js");
        int port = Ports.free();
        Process process = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("ses.log").toFile())
                .start();
        SesStandIn ses = new SesStandIn(process, port);
        Runtime.getRuntime().addShutdownHook(new Thread(ses::close, "ses-stop"));
        try {
            Readiness.await("aws-ses-v2-local", process, URI.create(ses.endpoint() + "/health-check"), START_TIMEOUT, dir.resolve("ses.log"));
        } catch (Exception notReady) {
            ses.close();
            throw notReady;
        }
        return ses;
    }

    String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * {@code npm ci} from the pinned lock file into a staging folder, moved into place whole, so
     * that two builds on one machine never see a half-installed package.
     */
    private static synchronized Path installedPackage() throws Exception {
        Path cache = Path.of(System.getProperty("java.io.tmpdir"), "slate-ses-" + VERSION);
        if (Files.exists(cache.resolve("node_modules/aws-ses-v2-local/dist/cli.js"))) {
            return cache;
        }
        Path staging = Files.createTempDirectory(cache.getParent(), "slate-ses-staging");
        for (String file : List.of("package.json", "package-lock.json")) {
            try (InputStream resource = SesStandIn.class.getResourceAsStream("/ses/" + file)) {
                Files.copy(resource, staging.resolve(file));
            }
        }
        Process npm = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--omit=dev")
                .directory(staging.toFile()).redirectErrorStream(true).start();
        String output = new String(npm.getInputStream().readAllBytes());
        if (!npm.waitFor(5, TimeUnit.MINUTES) || npm.exitValue() != 0) {
            throw new IllegalStateException("npm ci for aws-ses-v2-local failed (Node 20 and npm are needed):\n" + output);
        }
        try {
            Files.move(staging, cache, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException anotherProcessWon) {
            LOG.debugf("aws-ses-v2-local already installed by another process: %s", anotherProcessWon);
        }
        return cache;
    }

    @Override
    public void close() {
        Processes.stop(process, Duration.ofSeconds(5));
    }
}
