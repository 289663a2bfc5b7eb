import app.slate.talent.cv.CvCorpus;
import app.slate.talent.cv.CvCorpus.Measure;
import app.slate.talent.cv.CvCorpus.Score;
import app.slate.talent.cv.CvFormat;
import java.nio.file.Path;
import java.util.List;

/**
 * CV import accuracy on the labelled CVs (functions/talent/cv/src/test/resources/cvs): for
 * each format (pasted text, Word, PDF), precision and recall of every profile field Slate's rules
 * propose, against the truth written per CV; then every mistake. Needs no running cloud.
 *
 *   ./slate bench cvs
 */
public class CvBenchmark {

    public static void main(String[] args) {
        CvCorpus corpus = new CvCorpus(Path.of("functions/talent/cv/src/test/resources/cvs"));
        System.out.printf("CV import: %d labelled CVs %s, read by rules (no Bedrock)%n%n", corpus.cvs().size(), corpus.cvs());
        List<Score> scores = List.of(CvFormat.values()).stream().map(corpus::score).toList();
        System.out.print("| field |");
        scores.forEach(s -> System.out.print(" " + s.format() + " P / R |"));
        System.out.println();
        System.out.println("|---|" + "---|".repeat(scores.size()));
        for (String name : CvCorpus.MEASURES) {
            System.out.print("| " + name + " (" + scores.get(0).measures().get(name).truth() + ") |");
            for (Score s : scores) {
                Measure m = s.measures().get(name);
                System.out.printf(" %.3f / %.3f |", m.precision(), m.recall());
            }
            System.out.println();
        }
        for (Score s : scores) {
            System.out.printf("%n%s: %d mistake(s)%n", s.format(), s.mistakes().size());
            s.mistakes().forEach(m -> System.out.println("  " + m));
        }
    }
}
