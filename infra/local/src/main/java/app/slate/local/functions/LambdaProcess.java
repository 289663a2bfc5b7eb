package app.slate.local.functions;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A function.zip started as the Lambda java21 runtime starts it: the zip unpacked alone, the AWS
 * Lambda Java runtime client first on the class path, then the zip's root and lib/*; the JVM
 * options the runtime sets (heap from the memory size, serial GC, C1 only); and no environment
 * but the function's own variables and what the Lambda service sets.
 */
public final class LambdaProcess {

    public static final String QUARKUS_HANDLER = "io.quarkus.amazon.lambda.runtime.QuarkusStreamHandler::handleRequest";

    private LambdaProcess() {
    }

    /** Starts the unpacked function at {@code root}; its output goes to {@code log}. */
    public static Process start(String name, Path root, Map<String, String> variables, int memoryMegabytes, String runtimeApi, Path log)
            throws IOException {
        ProcessBuilder command = new ProcessBuilder(javaCommand(root, memoryMegabytes, nativeClient(root)))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        command.environment().clear();
        Map<String, String> environment = new LinkedHashMap<>(variables);
        environment.put("AWS_LAMBDA_RUNTIME_API", runtimeApi);
        environment.put("AWS_LAMBDA_FUNCTION_NAME", "slate-" + name);
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(memoryMegabytes));
        environment.put("LAMBDA_TASK_ROOT", root.toString());
        environment.put("_HANDLER", QUARKUS_HANDLER);
        environment.put("PATH", System.getenv("PATH"));
        environment.put("TZ", ":UTC");
        command.environment().putAll(environment);
        return command.start();
    }

    /** Peak resident memory of a running process, in MiB (Linux), or -1 when unknown. */
    public static long peakResidentMegabytes(Process process) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    /** Asks the JVM for a thread dump (SIGQUIT), which it writes to its log, and gives it a moment to. */
    public static void dumpThreads(Process process) throws IOException, InterruptedException {
        new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).inheritIO().start().waitFor();
        Thread.sleep(2_000);
    }

    /**
     * The runtime client's JNI library, unpacked into the function's own folder. Left to itself the
     * client unpacks it to one fixed path in /tmp, which is private to each sandbox in Lambda but
     * shared here: two functions starting at once would overwrite the library under each other.
     */
    private static Path nativeClient(Path root) throws IOException {
        String arch = System.getProperty("os.arch").contains("aarch64") ? "aarch_64" : "x86_64";
        Path library = root.resolve(".libaws-lambda-jni.so");
        try (InputStream in = LambdaProcess.class.getResourceAsStream("/jni/libaws-lambda-jni.linux-" + arch + ".so")) {
            if (in == null) {
                throw new IOException("the Lambda runtime client's JNI library for " + arch + " is not on the classpath");
            }
            Files.copy(in, library, StandardCopyOption.REPLACE_EXISTING);
        }
        return library;
    }

    private static List<String> javaCommand(Path root, int memoryMegabytes, Path nativeClient) {
        String runtimeClient = jarOf("com/amazonaws/services/lambda/runtime/api/client/AWSLambda.class") + File.pathSeparator
                + jarOf("com/amazonaws/services/lambda/runtime/serialization/PojoSerializer.class");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:MaxHeapSize=" + memoryMegabytes * 85 / 100 + "m", "-XX:+UseSerialGC", "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-Dcom.amazonaws.services.lambda.runtime.api.client.runtimeapi.NativeClient.JNI=" + nativeClient));
        if (Runtime.version().feature() >= 24) {
            // Lambda runs Java 21; on 24 or later JBoss Threads (Vert.x's worker threads) must be let
            // into java.lang, or a worker thread dies at its first task and the request never ends.
            command.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        }
        command.addAll(List.of("-cp", runtimeClient + File.pathSeparator + root + File.pathSeparator + root.resolve("lib") + File.separator + "*",
                "com.amazonaws.services.lambda.runtime.api.client.AWSLambda", QUARKUS_HANDLER));
        return command;
    }

    /** The jar that holds {@code resource} on this process's class path (a test's or the packaged local cloud's). */
    private static String jarOf(String resource) {
        URL url = LambdaProcess.class.getClassLoader().getResource(resource);
        if (url == null || !url.getProtocol().equals("jar")) {
            throw new IllegalStateException("the Lambda runtime client is not on the class path: " + resource);
        }
        String file = url.getPath().substring(0, url.getPath().indexOf("!/"));
        try {
            return Path.of(new URI(file)).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read the jar of " + url, e);
        }
    }

    /** Unpacks {@code zip} into an emptied {@code into}. */
    public static Path unpack(Path zip, Path into) throws IOException {
        if (Files.exists(into)) {
            try (Stream<Path> old = Files.walk(into)) {
                old.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
            }
        }
        Files.createDirectories(into);
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
            for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)) {
                    throw new IOException("zip entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    // Quarkus writes some classes twice into the zip; Lambda keeps the last, as here.
                    Files.copy(entries, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return into;
    }
}
