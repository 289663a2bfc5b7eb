package app.slate.local.boot;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.SharedStandIns;
import app.slate.standins.StandInsLauncher;
import app.slate.standins.StandInsState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Every function as Lambda runs it (see {@link DeployedFunction}): started from its own
 * function.zip against a local Runtime API, with exactly the environment template.yaml gives it,
 * and sent its first sample event. A function that fails to initialise, or answers its event with
 * an error or a 5xx, fails the build. Nothing is shared between functions: no merged
 * configuration, no classes of another function, as in AWS. Two start at a time (the check is
 * that they start; {@code ./slate bench coldstart} measures how fast, one at a time).
 */
class FunctionBootTest {

    @Test
    void everyFunction_startsFromItsOwnPackage_andAnswersItsSampleEvent() throws Exception {
        Path repository = StandInsLauncher.repositoryRoot(Path.of(""));
        StandInsState standIns = SharedStandIns.get();
        Path work = repository.resolve("infra/local/target/boot");
        Map<String, Future<DeployedFunction.Trial>> trials = new TreeMap<>();
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            for (DeployedFunction function : DeployedFunction.all(repository)) {
                trials.put(function.name, starts.submit(() -> function.trial(standIns, work)));
            }
            StringBuilder table = new StringBuilder(String.format("%-22s %12s  %s%n", "function", "start→answer", "answer"));
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, Future<DeployedFunction.Trial>> trial : trials.entrySet()) {
                DeployedFunction.Trial done = trial.getValue().get();
                String verdict = done.verdict().length() > 160 ? done.verdict().substring(0, 160) + "…" : done.verdict();
                table.append(String.format("%-22s %9d ms  %s%n", trial.getKey(), done.millis(), verdict));
                if (done.failed()) {
                    failures.add(trial.getKey() + ": " + done.verdict());
                }
            }
            System.out.println(table);
            assertThat(failures).isEmpty();
        } finally {
            starts.shutdownNow();
        }
    }
}
