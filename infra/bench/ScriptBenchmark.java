import app.slate.scripts.corpus.ScreenplayCorpus;
import app.slate.scripts.corpus.ScreenplayCorpus.Format;
import app.slate.scripts.corpus.ScreenplayCorpus.Measure;
import app.slate.scripts.corpus.ScreenplayCorpus.Score;
import java.nio.file.Path;
import java.util.List;

/**
 * Script breakdown accuracy on the labelled corpus (functions/scripts/script-analyzer/src/test/
 * resources/corpus): for each format, precision and recall of the cast drafted, and of each
 * role's gender, playing age and kind, against the truth written per character; then every
 * mistake, so a change can be judged by what it fixes and what it breaks. Needs no running
 * cloud: it is script-analyzer's own parsing and drafting, without Bedrock.
 *
 *   ./slate bench scripts [--mistakes] [--cast]
 *
 * --cast prints each character's share of the dialogue's words and scenes (Fountain), what the
 * role kind thresholds are applied to.
 */
public class ScriptBenchmark {

    public static void main(String[] args) {
        boolean showMistakes = List.of(args).contains("--mistakes");
        ScreenplayCorpus corpus = new ScreenplayCorpus(Path.of("functions/scripts/script-analyzer/src/test/resources/corpus"));
        System.out.printf("Script breakdowns: %d labelled screenplays %s, drafted by rules (no Bedrock)%n%n", corpus.scripts().size(), corpus.scripts());
        System.out.println("| format | characters P / R | gender P / R | age range P / R | role kind P / R |");
        System.out.println("|---|---|---|---|---|");
        List<Score> scores = List.of(Format.values()).stream().map(corpus::score).toList();
        for (Score s : scores) {
            System.out.printf("| %s (%d characters) | %s | %s | %s | %s |%n", s.format(), s.characters().truth(), cell(s.characters()),
                    cell(s.gender()), cell(s.age()), cell(s.kind()));
        }
        if (List.of(args).contains("--cast")) {
            for (String script : corpus.scripts()) {
                var breakdown = corpus.breakdown(script, Format.FOUNTAIN);
                System.out.printf("%n%s: %d scenes, %d words of dialogue%n", script, breakdown.scenes().size(), breakdown.totalWords());
                breakdown.characters().forEach(c -> System.out.printf("  %-14s %5.1f%% of words, %d scene(s) %5.1f%%, %s%n", c.name(),
                        100.0 * c.words() / breakdown.totalWords(), c.scenes().size(), 100.0 * c.scenes().size() / breakdown.scenes().size(),
                        app.slate.scripts.draft.RoleSize.of(c, breakdown)));
            }
        }
        for (Score s : scores) {
            if (showMistakes || !s.mistakes().isEmpty()) {
                System.out.printf("%n%s: %d mistake(s)%n", s.format(), s.mistakes().size());
                s.mistakes().forEach(m -> System.out.println("  " + m));
            }
        }
    }

    private static String cell(Measure m) {
        return String.format("%.3f / %.3f (%d of %d drafted, %d true)", m.precision(), m.recall(), m.right(), m.drafted(), m.truth());
    }
}
