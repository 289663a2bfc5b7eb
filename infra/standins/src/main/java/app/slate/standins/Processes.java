package app.slate.standins;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stopping a child process the way it expects: SIGTERM, a grace period to shut down, then SIGKILL. */
public final class Processes {

    private Processes() {
    }

    /** Waits up to {@code grace} for {@code process}, already asked to end, and kills it if it has not. */
    public static void awaitEnd(Process process, Duration grace) {
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** Asks {@code process} to end and waits up to {@code grace} before killing it. */
    public static void stop(Process process, Duration grace) {
        process.destroy();
        awaitEnd(process, grace);
    }
}
