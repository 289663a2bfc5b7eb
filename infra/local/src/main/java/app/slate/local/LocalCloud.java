package app.slate.local;

import app.slate.standins.CommandLine;
import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The local cloud: starts the stand-ins (in a process of their own, stopped with this one),
 * points every function at them and serves them all on one port.
 *
 * <pre>
 * --data DIR   state folder, kept across restarts (default .slate)
 * --wipe       start from empty: delete the state folder first
 * --per-function  run every function from its own function.zip in its own JVM (see PerFunctionCloud)
 * --port N     HTTP port (default 8080)
 * </pre>
 */
@QuarkusMain
public class LocalCloud implements QuarkusApplication {

    static final String ISSUER = "https://auth.slate.local";
    static final long STARTED = System.nanoTime();

    public static void main(String... args) throws Exception {
        // Quarkus configures logging only once it runs; until then the JDK would trace every process start.
        java.util.logging.Logger.getLogger("java.lang.ProcessBuilder").setLevel(java.util.logging.Level.INFO);
        // One JVM plays every function outside any Lambda invocation: its AWS calls have no trace to join.
        System.setProperty("com.amazonaws.xray.strategy.contextMissingStrategy", "IGNORE_ERROR");
        Map<String, String> options = CommandLine.parse(args);
        Path repository = StandInsLauncher.repositoryRoot(Path.of(""));
        Path data = Path.of(options.getOrDefault("data", repository.resolve(".slate").toString())).toAbsolutePath();
        int port = Integer.parseInt(options.getOrDefault("port", "8080"));
        // Before anything is wiped or started: a second local cloud on the same folder or port stops here.
        var refusal = RunningCloud.refusal(data, port);
        if (refusal.isPresent()) {
            System.err.println(refusal.get());
            System.exit(1);
        }
        if (options.containsKey("per-function")) {
            System.setProperty("slate.local.per-function", "true");
            System.out.println("Per-function mode: each function starts from its own function.zip, in a JVM of its own, on its first event,"
                    + " with the environment template.yaml gives it (GET /local/functions lists the running copies).");
        }
        boolean wipe = options.containsKey("wipe");
        if (wipe) {
            CommandLine.deleteTree(data);
        }
        Files.createDirectories(data);
        RunningCloud.claim(data, port);
        System.out.println("Starting the stand-ins (PostgreSQL, SQS, DynamoDB, S3, SES, OpenSearch, push, Twilio, Stripe) under " + data + " ...");
        StandInsState standIns = StandInsLauncher.launch(repository, data.resolve("standins"),
                data.resolve("standins.json"), data.resolve("standins.log"), false,
                List.of("--parent", Long.toString(ProcessHandle.current().pid())));
        standIns.quarkusConfig().forEach(System::setProperty);
        LocalKeys.config(data.resolve("keys")).forEach(System::setProperty);
        System.setProperty("mp.jwt.verify.issuer", ISSUER);
        System.setProperty("quarkus.http.port", Integer.toString(port));
        // Links in emails, fliers' QR codes and checkout returns open the local cloud, which stands in for the web app (LocalAppPages).
        System.setProperty("APP_URL", "http://localhost:" + port);
        System.setProperty("slate.email.api-url", "http://localhost:" + port);
        Quarkus.run(LocalCloud.class, args);
    }

    @Override
    public int run(String... args) {
        Quarkus.waitForExit();
        return 0;
    }
}
