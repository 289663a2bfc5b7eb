package app.slate.local;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One local cloud per data folder and per port. A second {@code ./slate run} is told plainly what is
 * already running (its process, port and data folder) instead of failing half-way with a stack
 * trace from a stand-in or the HTTP server.
 */
final class RunningCloud {

    private static final String FILE = "local-cloud.pid";

    private RunningCloud() {
    }

    /** Empty when this one may start; otherwise what to tell the person, in full. */
    static Optional<String> refusal(Path data, int port) {
        Optional<String[]> running = recorded(data);
        if (running.isPresent()) {
            String[] pidAndPort = running.get();
            return Optional.of("Slate is already running from this data folder: process " + pidAndPort[0] + ", http://localhost:"
                    + pidAndPort[1] + ", data " + data + ".\nUse it, stop it (Ctrl-C in its terminal, or kill " + pidAndPort[0]
                    + "), or start another with --data <another folder> --port <another port>.");
        }
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            probe.setReuseAddress(true);
        } catch (IOException e) {
            return Optional.of("Port " + port + " is taken by another program (see: ss -ltnp 'sport = :" + port
                    + "'). Start Slate on another port with --port <N>.");
        }
        return Optional.empty();
    }

    /** Marks the data folder as in use by this process until it exits. */
    static void claim(Path data, int port) throws IOException {
        Path file = data.resolve(FILE);
        Files.writeString(file, ProcessHandle.current().pid() + " " + port + "\n");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The next start finds the process gone and takes the folder anyway.
            }
        }, "local-cloud-release"));
    }

    /** The pid and port of a live local cloud recorded in the folder (a stale file of a crashed one is ignored). */
    private static Optional<String[]> recorded(Path data) {
        try {
            String[] pidAndPort = Files.readString(data.resolve(FILE)).trim().split(" ");
            boolean alive = ProcessHandle.of(Long.parseLong(pidAndPort[0])).map(ProcessHandle::isAlive).orElse(false);
            return alive && pidAndPort.length == 2 ? Optional.of(pidAndPort) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
