package app.slate.platform.testing;

import app.slate.standins.Lease;
import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * One set of stand-ins for a whole build: the first test JVM starts them (wiped), later ones
 * find them through the state file and reuse them. Each JVM holds the lease while it runs (see
 * {@link Lease}); the stand-ins stop by themselves two minutes after the last test JVM is gone.
 * A JVM attaches only to stand-ins of its own build (so every build starts from empty) that are
 * up under that lease and whose every service answers; others it stops.
 */
public final class SharedStandIns {

    private static StandInsState instance;
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** Held, never released: the operating system lets go of it when this JVM exits. */
    private static Optional<FileLock> lease;

    private SharedStandIns() {
    }

    public static synchronized StandInsState get() {
        if (instance == null) {
            instance = acquire();
        }
        return instance;
    }

    private static StandInsState acquire() {
        Path root = repositoryRoot();
        Path dir = root.resolve("target/standins");
        Path stateFile = dir.resolve("state.json");
        try {
            lease = Lease.hold(dir.resolve("lease"));
            Path buildFile = dir.resolve("build");
            String build = System.getProperty("slate.build.id", "");
            StandInsState state = Files.exists(stateFile) ? StandInsState.read(stateFile) : null;
            boolean ours = Files.exists(buildFile) && Files.readString(buildFile).equals(build);
            if (state != null && !(ours && answersWithin(state, PATIENCE))) {
                ProcessHandle.of(state.pid()).ifPresent(SharedStandIns::stop);
                state = null;
            }
            if (state == null) {
                // A data folder per launch: stand-ins orphaned by a `mvn clean` (their state file gone)
                // stop their own PostgreSQL when they stop, never the one of the stand-ins that replaced them.
                Path data = dir.resolve("data-" + UUID.randomUUID());
                state = StandInsLauncher.launch(root, data, stateFile, dir.resolve("standins.log"),
                        true, List.of("--lease", dir.resolve("lease").toString()));
                Files.writeString(buildFile, build);
            }
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Our own stand-ins, alive, get time to answer: on a loaded machine a connection can take more
     * than a moment, and replacing live stand-ins would pull them from under every function that
     * already uses them.
     */
    private static boolean answersWithin(StandInsState state, Duration patience) {
        Instant deadline = Instant.now().plus(patience);
        while (ProcessHandle.of(state.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            if (answers(state)) {
                return true;
            }
            if (Instant.now().isAfter(deadline)) {
                return false;
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** The process is alive and every service accepts a connection. */
    private static boolean answers(StandInsState state) {
        if (!ProcessHandle.of(state.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            return false;
        }
        for (String service : List.of("postgres.reactive-url", "sqs", "dynamodb", "s3", "opensearch")) {
            URI endpoint = URI.create(state.endpoint(service));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(endpoint.getHost(), endpoint.getPort()), 2_000);
            } catch (IOException refused) {
                return false;
            }
        }
        return true;
    }

    private static void stop(ProcessHandle broken) {
        broken.destroy();
        broken.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(timedOut -> null).join();
    }

    public static Map<String, String> quarkusConfig() {
        return get().quarkusConfig();
    }

    static Path repositoryRoot() {
        String configured = System.getProperty("slate.repo.root");
        return StandInsLauncher.repositoryRoot(configured != null ? Path.of(configured) : Path.of(""));
    }
}
