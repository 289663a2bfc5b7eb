package app.slate.scripts.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import app.slate.scripts.corpus.ScreenplayCorpus.Format;
import app.slate.scripts.corpus.ScreenplayCorpus.Score;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The labelled corpus, every format: at least 95% precision and recall on the cast, gender, age and kind (infra/bench/ScriptBenchmark prints the table). */
class ScreenplayCorpusTest {

    private static final double TARGET = 0.95;

    @ParameterizedTest
    @EnumSource(Format.class)
    void draftsMatchTheTruth(Format format) {
        Score score = new ScreenplayCorpus(Path.of("src/test/resources/corpus")).score(format);

        assertThat(score.characters().truth()).as("the corpus is not empty").isGreaterThan(20);
        assertThat(score.characters().precision()).as("characters precision %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
        assertThat(score.characters().recall()).as("characters recall %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
        assertThat(score.gender().precision()).as("gender precision %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
        assertThat(score.gender().recall()).as("gender recall %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
        assertThat(score.age().precision()).as("age precision %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
        assertThat(score.age().recall()).as("age recall %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
        assertThat(score.kind().precision()).as("kind precision %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
        assertThat(score.kind().recall()).as("kind recall %s", score.mistakes()).isGreaterThanOrEqualTo(TARGET);
    }
}
