package app.slate.local.boot;

import app.slate.local.functions.LambdaProcess;
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
import java.util.function.ToLongFunction;
import java.util.zip.ZipFile;

/**
 * {@code ./slate bench coldstart [--runs N]}: every function's cold start (process start to the
 * answer to its sample event, as {@link FunctionBootTest} runs it) and peak RSS, against a bare
 * Quarkus Lambda of the same kind (infra/bench/bare-http, bare-consumer) built and run the same way
 * in the same run. Runs are interleaved (every function once, then again) so that a slow moment of
 * the machine falls on all of them; the table gives medians and the ratio to the bare one.
 * <p>
 * Each function also starts primed ({@code SLATE_PRIMING_AT_STARTUP=true}: its primers run during
 * init, as SnapStart runs them before the snapshot). Under SnapStart a cold start is a restore plus
 * the first request, so the first request (answer less init) with and without priming is what
 * priming changes; this JDK has no CRaC, so the restore itself cannot be measured here.
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
        Map<String, List<DeployedFunction.Trial>> primed = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            System.err.printf("run %d of %d%n", run, runs);
            for (Subject subject : subjects) {
                trials.computeIfAbsent(subject.name(), k -> new ArrayList<>()).add(started(subject,
                        subject.deployed() != null ? subject.deployed().trial(standIns, work) : bare(subject, work)));
                if (subject.deployed() != null) {
                    primed.computeIfAbsent(subject.name(), k -> new ArrayList<>()).add(started(subject,
                            subject.deployed().trial(standIns, work, Map.of("SLATE_PRIMING_AT_STARTUP", "true"))));
                }
            }
        }
        long bareHttp = median(trials.get("bare HTTP"), DeployedFunction.Trial::millis);
        long bareConsumer = median(trials.get("bare consumer"), DeployedFunction.Trial::millis);
        long bareHttpFirst = median(trials.get("bare HTTP"), DeployedFunction.Trial::firstRequestMillis);
        long bareConsumerFirst = median(trials.get("bare consumer"), DeployedFunction.Trial::firstRequestMillis);
        System.out.printf("Cold start, median of %d, process start to first answer (Lambda's JVM options: serial GC, C1 only);%n"
                + "first request = answer less init; primed = the primers run during init, as before a SnapStart snapshot%n", runs);
        System.out.printf("| %-22s | %-8s | %8s | %6s | %7s | %8s | %6s | %13s | %11s | %6s | %7s | %7s | %4s |%n", "function", "kind",
                "start ms", "ratio", "init ms", "first ms", "ratio", "primed init", "primed 1st", "ratio", "RSS MiB", "zip MB", "jars");
        System.out.println("|" + "-".repeat(24) + "|" + "-".repeat(10) + "|" + "-".repeat(10) + "|" + "-".repeat(8) + "|" + "-".repeat(9)
                + "|" + "-".repeat(10) + "|" + "-".repeat(8) + "|" + "-".repeat(15) + "|" + "-".repeat(13) + "|" + "-".repeat(8)
                + "|" + "-".repeat(9) + "|" + "-".repeat(9) + "|" + "-".repeat(6) + "|");
        for (Subject subject : subjects) {
            List<DeployedFunction.Trial> own = trials.get(subject.name());
            List<DeployedFunction.Trial> warmed = primed.getOrDefault(subject.name(), own);
            long bare = subject.http() ? bareHttp : bareConsumer;
            long bareFirst = subject.http() ? bareHttpFirst : bareConsumerFirst;
            long start = median(own, DeployedFunction.Trial::millis);
            long first = median(own, DeployedFunction.Trial::firstRequestMillis);
            long primedFirst = median(warmed, DeployedFunction.Trial::firstRequestMillis);
            long rss = own.stream().mapToLong(DeployedFunction.Trial::peakResidentMegabytes).max().orElse(-1);
            System.out.printf("| %-22s | %-8s | %8d | %5.2f× | %7d | %8d | %5.2f× | %13d | %11d | %5.2f× | %7d | %7.1f | %4d |%n",
                    subject.name(), subject.http() ? "HTTP" : "consumer", start, (double) start / bare,
                    median(own, DeployedFunction.Trial::initMillis), first, (double) first / bareFirst,
                    median(warmed, DeployedFunction.Trial::initMillis), primedFirst, (double) primedFirst / bareFirst,
                    rss, Files.size(subject.zip()) / 1e6, jars(subject.zip()));
        }
    }

    private static DeployedFunction.Trial started(Subject subject, DeployedFunction.Trial trial) {
        if (trial.failed()) {
            throw new IllegalStateException(subject.name() + " did not start: " + trial.verdict());
        }
        return trial;
    }

    private static DeployedFunction.Trial bare(Subject subject, Path work) throws Exception {
        Path root = LambdaProcess.unpack(subject.zip(), work.resolve(subject.name().replace(' ', '-')));
        String event = subject.http() ? DeployedFunction.httpEvent("GET", "/ping", null) : "{\"Records\":[]}";
        return DeployedFunction.timed(subject.name(), root, Map.of(), 1024, event, work.resolve(subject.name().replace(' ', '-') + ".log"));
    }

    private static long median(List<DeployedFunction.Trial> trials, ToLongFunction<DeployedFunction.Trial> figure) {
        long[] millis = trials.stream().mapToLong(figure).sorted().toArray();
        return millis[millis.length / 2];
    }

    private static long jars(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            return file.stream().filter(entry -> entry.getName().endsWith(".jar")).count();
        }
    }
}
