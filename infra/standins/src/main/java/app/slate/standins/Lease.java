package app.slate.standins;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The handshake between shared stand-ins and the test JVMs that use them, through operating-system
 * locks on one file: every test JVM holds a shared lock for as long as it runs; the stand-ins take
 * the exclusive lock only when no JVM has held one for a while, and keep it until they have
 * stopped. So a JVM never attaches to stand-ins that are shutting down (its shared lock waits for
 * them to be gone), and no stand-ins stop under a JVM that holds the lease. A crashed JVM's lock
 * goes with its process.
 */
public final class Lease {

    private static final Duration POLL = Duration.ofSeconds(5);

    private Lease() {
    }

    /**
     * For a test JVM: blocks while stand-ins are stopping, then holds the lease until this JVM exits.
     * Empty when this JVM holds it already (Quarkus tests may load the caller in a second class loader).
     */
    public static Optional<FileLock> hold(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        try {
            return Optional.of(channel.lock(0, Long.MAX_VALUE, true));
        } catch (OverlappingFileLockException heldHere) {
            channel.close();
            return Optional.empty();
        }
    }

    /** For the stand-ins: returns once no JVM has held the lease for {@code linger}, holding it exclusively from then on. */
    static FileLock awaitUnused(Path file, Duration linger) throws IOException, InterruptedException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
        Instant unusedSince = null;
        while (true) {
            FileLock exclusive = channel.tryLock();
            if (exclusive == null) {
                unusedSince = null;
            } else if (unusedSince == null) {
                unusedSince = Instant.now();
                exclusive.release();
            } else if (unusedSince.plus(linger).isBefore(Instant.now())) {
                return exclusive;
            } else {
                exclusive.release();
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
