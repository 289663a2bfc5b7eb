package app.slate.local;

import app.slate.standins.StandInsState;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Faults done to the test's stand-ins, as `./slate chaos` (infra/bench/LoadBenchmark.java) does them to `./slate run`'s. */
final class Faults {

    private Faults() {
    }

    /**
     * A fast shutdown of the stand-ins' PostgreSQL (every connection dropped) and a start with the
     * same arguments, on the same data folder and port; returns once it accepts connections.
     * The server is started directly with the arguments it had (postmaster.opts).
     */
    static void restartPostgres(StandInsState standIns) throws Exception {
        int port = URI.create(standIns.endpoint("postgres.reactive-url")).getPort();
        ProcessHandle postmaster = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().orElse("").matches(".*/postgres -D .* -p " + port + "( .*)?"))
                .findFirst().orElseThrow(() -> new IllegalStateException("no PostgreSQL on port " + port));
        // In a user namespace of its own, as the stand-in starts it: PostgreSQL refuses to run as root.
        List<String> command = new ArrayList<>(List.of("unshare", "-U", postmaster.info().command().orElseThrow()));
        command.addAll(Arrays.asList(postmaster.info().arguments().orElseThrow()));
        Path dataDir = Path.of(command.get(command.indexOf("-D") + 1));
        signal("INT", postmaster.pid());
        postmaster.onExit().get();
        new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolveSibling("postgres-restarted.log").toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!accepts(port)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("PostgreSQL did not come back on port " + port);
            }
            Thread.sleep(100);
        }
    }

    /** The process stopped (SIGSTOP) for {@code pause}, then resumed: it neither answers nor refuses meanwhile. */
    static void stopFor(long pid, Duration pause) throws Exception {
        signal("STOP", pid);
        try {
            Thread.sleep(pause);
        } finally {
            signal("CONT", pid);
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor();
    }
}
