package app.slate.standins;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the stand-ins in their own JVM, apart from the Quarkus application that uses them, so
 * that their libraries (Pekko, Jetty, SQLite, jclouds' heirs) never share a classpath with ours.
 *
 * <pre>
 * --data DIR          where every stand-in keeps its state (a restart keeps it)
 * --wipe              delete DIR first
 * --state FILE        written once everything is ready: endpoints, and each function's environment and event sources
 * --repo DIR          the repository root, holding template.yaml and infra/opensearch
 * --parent PID        stop when that process ends (the local cloud)
 * --lease FILE        stop two minutes after the last test JVM let go of FILE (a test build; see {@link Lease})
 * </pre>
 */
public final class StandInsMain {

    private static final Duration LEASE = Duration.ofMinutes(2);

    private StandInsMain() {
    }

    public static void main(String[] args) {
        try {
            run(args);
            System.exit(0);
        } catch (Exception | Error e) {
            e.printStackTrace();
            // Stand-ins that did start hold non-daemon threads: exit so that none is left behind.
            System.exit(1);
        }
    }

    private static void run(String[] args) throws Exception {
        Map<String, String> options = CommandLine.parse(args);
        Path data = Path.of(options.getOrDefault("data", ".slate"));
        if (options.containsKey("wipe")) {
            CommandLine.deleteTree(data);
        }
        Path repo = Path.of(options.getOrDefault("repo", "."));
        Path state = Path.of(options.getOrDefault("state", data.resolve("standins.json").toString()));
        Files.deleteIfExists(state);

        StandIns standIns = StandIns.start(Files.createDirectories(data));
        Runtime.getRuntime().addShutdownHook(new Thread(standIns::close, "standins-stop"));
        standIns.migrateDatabase();
        Map<String, Map<String, Object>> functions = new TemplateProvisioner(repo.resolve("template.yaml"))
                .provision(standIns, repo.resolve("infra/opensearch"));

        Map<String, Object> written = new LinkedHashMap<>();
        written.put("pid", ProcessHandle.current().pid());
        written.put("endpoints", standIns.endpoints());
        written.put("functions", functions);
        Path partial = state.resolveSibling(state.getFileName() + ".partial");
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(partial.toFile(), written);
        Files.move(partial, state, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

        awaitRelease(options, state);
    }

    private static void awaitRelease(Map<String, String> options, Path state) throws Exception {
        if (options.containsKey("parent")) {
            ProcessHandle.of(Long.parseLong(options.get("parent"))).ifPresent(parent -> parent.onExit().join());
            return;
        }
        if (options.containsKey("lease")) {
            // Holding the lease to the end: a test JVM that asks for it meanwhile waits until this
            // process has gone, then finds no state file and starts new stand-ins.
            Lease.awaitUnused(Path.of(options.get("lease")), LEASE);
            Files.deleteIfExists(state);
            return;
        }
        Thread.currentThread().join();
    }
}
