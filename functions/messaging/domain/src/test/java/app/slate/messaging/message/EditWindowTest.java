package app.slate.messaging.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class EditWindowTest {

    private static final Instant SENT = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void aMessageCanBeCorrectedForFiveMinutes_andNotAfter() {
        assertThat(EditWindow.open(SENT, SENT)).isTrue();
        assertThat(EditWindow.open(SENT, SENT.plusSeconds(299))).isTrue();
        assertThat(EditWindow.open(SENT, SENT.plusSeconds(300))).isTrue();
        assertThat(EditWindow.open(SENT, SENT.plusSeconds(301))).isFalse();
    }
}
