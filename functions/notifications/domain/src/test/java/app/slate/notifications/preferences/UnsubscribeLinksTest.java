package app.slate.notifications.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.slate.notifications.delivery.Channel;
import app.slate.notifications.preferences.UnsubscribeLinks.Unsubscribe;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsubscribeLinksTest {

    private static final UnsubscribeLinks LINKS = new UnsubscribeLinks("an unsubscribe secret of forty characters");

    @Test
    void aTokenReadsBackAsWhatItSwitchesOff() {
        Unsubscribe what = new Unsubscribe(UUID.randomUUID(), Category.AUDITIONS, Channel.EMAIL);
        String token = LINKS.token(what);

        assertThat(token).matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+");
        assertThat(LINKS.read(token)).contains(what);
    }

    @Test
    void aTokenSignedWithAnotherSecret_anAlteredOne_orGarbage_readsAsNothing() {
        Unsubscribe what = new Unsubscribe(UUID.randomUUID(), Category.SUBMISSIONS, Channel.EMAIL);
        String token = LINKS.token(what);
        String someoneElse = LINKS.token(new Unsubscribe(UUID.randomUUID(), Category.SUBMISSIONS, Channel.EMAIL));

        assertThat(new UnsubscribeLinks("another secret, also forty characters long").read(token)).isEmpty();
        assertThat(LINKS.read(someoneElse.substring(0, someoneElse.indexOf('.')) + token.substring(token.indexOf('.')))).isEmpty();
        assertThat(LINKS.read(token.substring(0, token.length() - 2))).isEmpty();
        for (String garbage : new String[] {"", ".", "abc", "a.b.c", "%%%.%%%", "x".repeat(400), null}) {
            assertThat(LINKS.read(garbage)).isEmpty();
        }
    }

    @Test
    void aShortSecretIsRefusedAtStart() {
        assertThatThrownBy(() -> new UnsubscribeLinks("short")).hasMessageContaining("32");
    }
}
