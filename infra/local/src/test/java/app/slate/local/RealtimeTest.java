package app.slate.local;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.slate.notifications.realtime.Connections;
import app.slate.notifications.websocket.RealtimeChannel;
import app.slate.platform.testing.StandInsResource;
import app.slate.platform.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The WebSocket API end to end, with the JDK's WebSocket client against the local cloud's port:
 * $connect checks the access token, ping answers pong, a submission's status change reaches the
 * talent's open app within a second of the commit (through outbox, relay, queue, notifications
 * worker and the management API), and a connection that went away without saying so is forgotten
 * the first time a frame finds it gone (410).
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class RealtimeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    Connections connections;

    @Inject
    RealtimeChannel channel;

    @Test
    void onlyAValidAccessToken_opensASocket_andPingAnswersPong() throws Exception {
        for (String refused : new String[] {null, "not-a-token", TestTokens.expired(UUID.randomUUID().toString(), "talent")}) {
            Throwable failed = catchThrowable(() -> LiveSocket.open(refused));
            assertThat(handshake(failed).getResponse().statusCode()).as("token %s", refused).isEqualTo(401);
        }
        try (LiveSocket socket = LiveSocket.open(TestTokens.newUser("talent"))) {
            socket.send("{\"action\":\"ping\"}");
            assertThat(socket.await("pong", PATIENCE).data().path("at").asText()).isNotEmpty();
            socket.send("{\"action\":\"dance\"}");
            assertThat(socket.await(frame -> frame.json().path("message").asText().equals("Forbidden"), PATIENCE)).isNotNull();
        }
    }

    @Test
    void aStatusChange_reachesTheTalentsOpenApp_withinASecondOfItsCommit() throws Exception {
        String casting = TestTokens.newUser("casting");
        String talentId = UUID.randomUUID().toString();
        String talent = TestTokens.forUser(talentId, "talent");
        String submission = ConversationTest.Casting.open(casting).submitted(talent);
        List<Long> millis = new ArrayList<>();
        try (LiveSocket socket = LiveSocket.open(talent)) {
            socket.send("{\"action\":\"ping\"}");
            socket.await("pong", PATIENCE);
            for (String to : List.of("SHORTLISTED", "CALLBACK", "OFFERED", "BOOKED")) {
                given().auth().oauth2(casting).contentType(ContentType.JSON).body("{\"to\":\"" + to + "\"}")
                        .post("/submissions/" + submission + "/status").then().statusCode(200);
                long committed = System.nanoTime();
                LiveSocket.Frame frame = socket.await(f -> f.type().equals("submission.status") && f.data().path("to").asText().equals(to), PATIENCE);
                millis.add(TimeUnit.NANOSECONDS.toMillis(frame.arrivedNanos() - committed));
                assertThat(frame.data().path("submissionId").asText()).isEqualTo(submission);
            }
            assertThat(socket.seen()).contains("inbox.item");
        }
        System.out.println("commit -> frame (ms): " + millis);
        // The first change may pay for a cold path; every one is within the second.
        assertThat(Collections.max(millis)).isLessThan(1000);
    }

    @Test
    void aConnectionThatWentAwayWithoutClosing_isForgottenWhenAFrameFindsItGone() throws Exception {
        UUID person = UUID.randomUUID();
        String stale = "StaleConnXyz0=";
        connections.connected(stale, person, Instant.now());
        try (LiveSocket socket = LiveSocket.open(TestTokens.forUser(person.toString(), "talent"))) {
            assertThat(connections.of(person)).hasSize(2).contains(stale);
            assertThat(channel.push(List.of(person), "test.frame", Map.of("hello", "there"))).isEqualTo(1);
            assertThat(socket.await("test.frame", PATIENCE).data().path("hello").asText()).isEqualTo("there");
            assertThat(connections.of(person)).hasSize(1).doesNotContain(stale);
        }
        // Closing says goodbye: $disconnect forgets the live one too.
        org.awaitility.Awaitility.await().atMost(PATIENCE).until(() -> connections.of(person).isEmpty());
    }

    private static WebSocketHandshakeException handshake(Throwable failed) {
        for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
            if (cause instanceof WebSocketHandshakeException refused) {
                return refused;
            }
        }
        throw new AssertionError("the upgrade was not refused", failed);
    }
}
