package app.slate.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One set of stand-ins for a whole build: the first test JVM starts them in a process of their
 * own (infra/standins), later ones find them through the state file and reuse them. Each JVM
 * renews a lease while it runs; the stand-ins stop by themselves two minutes after the last.
 */
public final class SharedStandIns {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static SharedStandIns instance;

    private final JsonNode state;

    private SharedStandIns(JsonNode state) {
        this.state = state;
    }

    public static synchronized SharedStandIns get() {
        if (instance == null) {
            instance = new SharedStandIns(acquire());
        }
        return instance;
    }

    public String endpoint(String name) {
        return state.path("endpoints").path(name).asText();
    }

    /** Every function's environment from template.yaml, resolved to the stand-ins. */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        state.path("functions").forEach(function -> function.fields().forEachRemaining(variable -> {
            if (!variable.getKey().equals("QUARKUS_LAMBDA_HANDLER")) {
                environment.put(variable.getKey(), variable.getValue().asText());
            }
        }));
        return environment;
    }

    /** Quarkus configuration that points a function at the stand-ins. */
    public Map<String, String> quarkusConfig() {
        Map<String, String> config = new LinkedHashMap<>(environment());
        // The variables whose AWS values come from parameters, secrets or the search collection.
        config.put("DATABASE_REACTIVE_URL", endpoint("postgres.reactive-url"));
        config.put("DATABASE_USER", endpoint("postgres.user"));
        config.put("DATABASE_PASSWORD", endpoint("postgres.password"));
        config.put("SEARCH_ENDPOINT", endpoint("opensearch"));
        config.put("SEARCH_SIGNING", "none");
        for (String service : List.of("dynamodb", "sqs")) {
            config.put("quarkus." + service + ".endpoint-override", endpoint(service));
            config.put("quarkus." + service + ".aws.region", endpoint("region"));
            config.put("quarkus." + service + ".aws.credentials.type", "static");
            config.put("quarkus." + service + ".aws.credentials.static-provider.access-key-id", endpoint("access-key"));
            config.put("quarkus." + service + ".aws.credentials.static-provider.secret-access-key", endpoint("secret-key"));
        }
        return config;
    }

    private static JsonNode acquire() {
        Path root = repositoryRoot();
        Path dir = root.resolve("target/standins");
        Path stateFile = dir.resolve("state.json");
        Path lease = dir.resolve("lease");
        try {
            Files.createDirectories(dir);
            renew(lease);
            JsonNode state = readState(stateFile);
            if (state == null || ProcessHandle.of(state.path("pid").asLong()).map(ProcessHandle::isAlive).orElse(false) == false) {
                state = launch(root, dir, stateFile, lease);
            }
            Thread renewer = new Thread(() -> keepRenewing(lease), "standins-lease");
            renewer.setDaemon(true);
            renewer.start();
            return state;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode launch(Path root, Path dir, Path stateFile, Path lease) throws IOException {
        Files.deleteIfExists(stateFile);
        Path module = root.resolve("infra/standins/target");
        Path classpathFile = module.resolve("standins.classpath");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build from the repository root (./mvnw verify)");
        }
        String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaBinary, "-Xmx768m",
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local", Path.of(System.getProperty("user.home"), ".m2", "repository").toString()),
                "-cp", module.resolve("classes") + File.pathSeparator + Files.readString(classpathFile).trim(),
                "app.slate.standins.StandInsMain",
                "--data", dir.resolve("data").toString(), "--wipe",
                "--repo", root.toString(), "--state", stateFile.toString(), "--lease", lease.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("standins.log").toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            JsonNode state = readState(stateFile);
            if (state != null) {
                return state;
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the stand-ins failed to start; see " + dir.resolve("standins.log"));
            }
            sleep(Duration.ofMillis(200));
        }
        process.destroy();
        throw new IllegalStateException("the stand-ins did not start in " + START_TIMEOUT + "; see " + dir.resolve("standins.log"));
    }

    private static JsonNode readState(Path stateFile) throws IOException {
        return Files.exists(stateFile) ? new ObjectMapper().readTree(stateFile.toFile()) : null;
    }

    private static void keepRenewing(Path lease) {
        while (true) {
            sleep(Duration.ofSeconds(20));
            try {
                renew(lease);
            } catch (IOException e) {
                return;
            }
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
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("infra/standins"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root above " + start);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
