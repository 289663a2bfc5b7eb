package app.slate.testing;

import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One set of stand-ins for a whole build: the first test JVM starts them (wiped), later ones
 * find them through the state file and reuse them. Each JVM renews a lease while it runs; the
 * stand-ins stop by themselves two minutes after the last test JVM is gone.
 */
public final class SharedStandIns {

    private static StandInsState instance;

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
        Path lease = dir.resolve("lease");
        try {
            Files.createDirectories(dir);
            renew(lease);
            StandInsState state = Files.exists(stateFile) ? StandInsState.read(stateFile) : null;
            if (state == null || !ProcessHandle.of(state.pid()).map(ProcessHandle::isAlive).orElse(false)) {
                state = StandInsLauncher.launch(root, dir.resolve("data"), stateFile, dir.resolve("standins.log"),
                        true, List.of("--lease", lease.toString()));
            }
            Thread renewer = new Thread(() -> keepRenewing(lease), "standins-lease");
            renewer.setDaemon(true);
            renewer.start();
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, String> quarkusConfig() {
        return get().quarkusConfig();
    }

    private static void keepRenewing(Path lease) {
        try {
            while (true) {
                Thread.sleep(20_000);
                renew(lease);
            }
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void renew(Path lease) throws IOException {
        if (!Files.exists(lease)) {
            Files.createFile(lease);
        }
        Files.setLastModifiedTime(lease, FileTime.from(Instant.now()));
    }

    static Path repositoryRoot() {
        String configured = System.getProperty("slate.repo.root");
        return StandInsLauncher.repositoryRoot(configured != null ? Path.of(configured) : Path.of(""));
    }
}
