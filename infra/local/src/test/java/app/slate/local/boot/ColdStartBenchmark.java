package app.slate.local.boot;

import app.slate.platform.testing.SharedStandIns;
import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

/**
 * {@code ./slate bench coldstart [--runs N]}: every function's cold start (process start to the
 * answer to its sample event, as {@link FunctionBootTest} runs it) and peak RSS, against a bare
 * Quarkus Lambda of the same kind (infra/bench/bare-http, bare-consumer) built and run the same way
 * in the same run. Runs are interleaved (every function once, then again) so that a slow moment of
 * the machine falls on all of them; the table gives medians and the ratio to the bare one.
 */
public final class ColdStartBenchmark {

    private record Subject(String name, boolean http, Path zip, DeployedFunction deployed) {
    }

    private ColdStartBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length >= 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 3;
        Path repository = StandInsLauncher.repositoryRoot(Path.of(""));
        StandInsState standIns = SharedStandIns.get();
        Path work = repository.resolve("infra/local/target/coldstart");
        List<Subject> subjects = new ArrayList<>();
        subjects.add(new Subject("bare HTTP", true, repository.resolve("infra/bench/bare-http/target/function.zip"), null));
        subjects.add(new Subject("bare consumer", false, repository.resolve("infra/bench/bare-consumer/target/function.zip"), null));
        for (DeployedFunction function : DeployedFunction.all(repository)) {
            subjects.add(new Subject(function.name, function.servesHttp(), function.zip(), function));
        }
        Map<String, List<DeployedFunction.Trial>> trials = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            System.err.printf("run %d of %d%n", run, runs);
            for (Subject subject : subjects) {
                DeployedFunction.Trial trial = subject.deployed() != null ? subject.deployed().trial(standIns, work) : bare(subject, work);
                if (trial.failed()) {
                    throw new IllegalStateException(subject.name() + " did not start: " + trial.verdict());
                }
                trials.computeIfAbsent(subject.name(), k -> new ArrayList<>()).add(trial);
            }
        }
        long bareHttp = median(trials.get("bare HTTP"));
        long bareConsumer = median(trials.get("bare consumer"));
        System.out.printf("Cold start, median of %d, process start to first answer (Lambda's JVM options: serial GC, C1 only)%n", runs);
        System.out.printf("| %-22s | %-8s | %8s | %8s | %6s | %8s | %7s | %4s |%n", "function", "kind", "start ms", "bare ms", "ratio", "RSS MiB", "zip MB", "jars");
        System.out.printf("|%s|%s|%s|%s|%s|%s|%s|%s|%n", "-".repeat(24), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(8),
                "-".repeat(10), "-".repeat(9), "-".repeat(6));
        for (Subject subject : subjects) {
            long median = median(trials.get(subject.name()));
            long bare = subject.http() ? bareHttp : bareConsumer;
            long rss = trials.get(subject.name()).stream().mapToLong(DeployedFunction.Trial::peakResidentMegabytes).max().orElse(-1);
            System.out.printf("| %-22s | %-8s | %8d | %8d | %5.2f× | %8d | %7.1f | %4d |%n", subject.name(), subject.http() ? "HTTP" : "consumer",
                    median, bare, (double) median / bare, rss, Files.size(subject.zip()) / 1e6, jars(subject.zip()));
        }
    }

    private static DeployedFunction.Trial bare(Subject subject, Path work) throws Exception {
        Path root = LambdaProcess.unpack(subject.zip(), work.resolve(subject.name().replace(' ', '-')));
        String event = subject.http() ? DeployedFunction.httpEvent("GET", "/ping", null) : "{\"Records\":[]}";
        return DeployedFunction.timed(subject.name(), root, Map.of(), 1024, event, work.resolve(subject.name().replace(' ', '-') + ".log"));
    }

    private static long median(List<DeployedFunction.Trial> trials) {
        long[] millis = trials.stream().mapToLong(DeployedFunction.Trial::millis).sorted().toArray();
        return millis[millis.length / 2];
    }

    private static long jars(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().filter(entry -> entry.getName().endsWith(".jar")).count();
        }
    }
}
