import app.slate.casting.flier.FlierFacts;
import app.slate.casting.flier.FlierFiles;
import app.slate.casting.flier.FlierFormat;
import app.slate.casting.flier.FlierSamples;
import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.List;

/**
 * What painting a role's flier costs, per format and language (English and Arabic): the first
 * painting in a fresh JVM (what a cold function pays: fonts loaded, layout classes initialised),
 * then the median and 95th percentile of the following ones, the memory allocated per file and
 * the file's size. Needs no running cloud.
 *
 *   ./slate bench fliers [--runs N]
 */
public class FlierBenchmark {

    public static void main(String[] args) {
        int runs = args.length == 2 && args[0].equals("--runs") ? Integer.parseInt(args[1]) : 30;
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf("Role fliers: %d paintings of each file after the first, one thread, %s%n%n", runs, Runtime.version());
        System.out.println("| locale | format | first ms | median ms | p95 ms | MB allocated | KB |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (String locale : List.of("en-GB", "ar-SA")) {
            FlierFacts facts = FlierFacts.of(FlierSamples.role(), FlierSamples.project(locale, false),
                    "https://app.slate.example/roles/7f229440-5631-46c3-8bfa-c9d1377e49ce");
            for (FlierFormat format : FlierFormat.values()) {
                long start = System.nanoTime();
                int size = FlierFiles.render(format, facts).length;
                double first = (System.nanoTime() - start) / 1e6;
                double[] times = new double[runs];
                long allocated = 0;
                for (int run = 0; run < runs; run++) {
                    long before = threads.getCurrentThreadAllocatedBytes();
                    start = System.nanoTime();
                    FlierFiles.render(format, facts);
                    times[run] = (System.nanoTime() - start) / 1e6;
                    allocated += threads.getCurrentThreadAllocatedBytes() - before;
                }
                Arrays.sort(times);
                System.out.printf("| %s | %s | %.0f | %.0f | %.0f | %.1f | %d |%n", locale, format, first, times[runs / 2],
                        times[(int) Math.ceil(runs * 0.95) - 1], allocated / (double) runs / (1 << 20), size / 1024);
            }
        }
    }
}
