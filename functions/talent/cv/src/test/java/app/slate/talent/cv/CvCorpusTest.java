package app.slate.talent.cv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The CV reader against the labelled CVs, in each format. The floors are what the reader reaches
 * today (printed by {@code ./slate bench cvs}); a change that lowers one must say why.
 */
class CvCorpusTest {

    private static final CvCorpus CORPUS = new CvCorpus(Path.of("src/test/resources/cvs"));

    @ParameterizedTest
    @EnumSource(CvFormat.class)
    void everyFieldIsReadWithHighPrecisionAndRecall(CvFormat format) {
        CvCorpus.Score score = CORPUS.score(format);
        score.measures().forEach((name, measure) -> {
            assertThat(measure.precision()).as("%s precision in %s; mistakes: %s", name, format, score.mistakes()).isGreaterThanOrEqualTo(0.9);
            assertThat(measure.recall()).as("%s recall in %s; mistakes: %s", name, format, score.mistakes()).isGreaterThanOrEqualTo(0.85);
        });
    }
}
