package app.slate.standins;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
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

    /** This JVM's shared lock, kept reachable for the JVM's whole life (see {@link #hold}). */
    private static FileLock held;

    /**
     * For a test JVM: blocks while stand-ins are stopping, then holds the lease until this JVM exits.
     * The lock belongs to the process, and the operating system drops it when any descriptor of the
     * file closes, a collected channel's included. Quarkus tests load this class again in each
     * application's class loader, and drop that loader when the application stops (a test profile
     * restarts it), so the lock is taken and kept by the copy of this class that the JVM's own class
     * loader holds: a lock kept by a dropped loader was collected, and the stand-ins stopped two
     * minutes later under tests still using them.
     */
    public static Optional<FileLock> hold(Path file) throws IOException {
        Class<?> jvmWide;
        try {
            jvmWide = Class.forName(Lease.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException notThere) {
            jvmWide = Lease.class;
        }
        if (jvmWide == Lease.class) {
            return Optional.of(holdHere(file));
        }
        try {
            return Optional.of((FileLock) jvmWide.getMethod("holdHere", Path.class).invoke(null, file));
        } catch (ReflectiveOperationException e) {
            throw new IOException("cannot hold the lease through the JVM's class loader", e);
        }
    }

    /** Takes the shared lock once for this JVM; later calls answer the lock already held. */
    public static synchronized FileLock holdHere(Path file) throws IOException {
        if (held == null || !held.isValid()) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            held = channel.lock(0, Long.MAX_VALUE, true);
        }
        return held;
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
