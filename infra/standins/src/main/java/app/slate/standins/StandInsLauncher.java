package app.slate.standins;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the stand-ins in a JVM of their own (this module's classes and its classpath file),
 * and waits until they have written their state. Like {@link StandInsState}, it needs only the
 * JDK and Jackson, so the local cloud and the test support can call it.
 */
public final class StandInsLauncher {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private StandInsLauncher() {
    }

    /**
     * @param releaseOptions how the stand-ins know when to stop: {@code --parent PID} or {@code --lease FILE}
     */
    public static StandInsState launch(Path repository, Path dataDir, Path stateFile, Path logFile,
                                       boolean wipe, List<String> releaseOptions) throws IOException {
        Files.deleteIfExists(stateFile);
        Path module = repository.resolve("infra/standins/target");
        Path classpathFile = module.resolve("runtime.classpath");
        if (!Files.exists(classpathFile)) {
            throw new IllegalStateException(classpathFile + " is missing: build from the repository root first");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx768m",
                "-Dmaven.repo.local=" + System.getProperty("maven.repo.local",
                        Path.of(System.getProperty("user.home"), ".m2", "repository").toString()),
                "-cp", module.resolve("classes") + File.pathSeparator + Files.readString(classpathFile).trim(),
                StandInsMain.class.getName(),
                "--data", dataDir.toString(), "--repo", repository.toString(), "--state", stateFile.toString()));
        if (wipe) {
            command.add("--wipe");
        }
        command.addAll(releaseOptions);
        // DynamoDB Local writes a metadata file into its working directory: keep it beside the data, out of the tree.
        Path workingDir = Files.createDirectories(dataDir.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command).directory(workingDir.toFile())
                .redirectErrorStream(true).redirectOutput(logFile.toFile()).start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (Files.exists(stateFile)) {
                return StandInsState.read(stateFile);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the stand-ins failed to start; see " + logFile);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                process.destroy();
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting the stand-ins", e);
            }
        }
        process.destroy();
        throw new IllegalStateException("the stand-ins did not start in " + START_TIMEOUT + "; see " + logFile);
    }

    /** The repository root: the folder holding template.yaml and infra/standins, at or above {@code start}. */
    public static Path repositoryRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("template.yaml")) && Files.isDirectory(dir.resolve("infra/standins"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the repository root at or above " + start);
    }
}
