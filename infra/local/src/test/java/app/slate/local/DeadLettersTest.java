package app.slate.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.slate.local.ops.DeadLetters;
import app.slate.local.ops.DeadLetters.DeadLetterQueue;
import app.slate.platform.testing.StandInsResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sqs.SqsClient;

/**
 * {@code ./slate dlq} against the stand-ins: it finds every dead-letter queue with its source from
 * the redrive policies, shows what waits without taking it, replays only what was asked, and a
 * replay of the same event twice is handled once (the consumer's idempotency), with the event's
 * correlation id in the consumer's log line.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class DeadLettersTest {

    @Inject
    SqsClient sqs;

    @Test
    void listsShowsAndReplays_andAReplayedTwiceEventIsHandledOnce() throws Exception {
        DeadLetters letters = new DeadLetters(sqs, "");
        DeadLetterQueue indexer = letters.queues().stream().filter(q -> q.name().endsWith("search-indexer-dlq")).findFirst().orElseThrow();
        assertThat(indexer.sourceUrl()).endsWith("search-indexer");
        assertThat(letters.queues()).extracting(DeadLetterQueue::name).allMatch(name -> name.endsWith("-dlq"));

        UUID eventId = UUID.randomUUID();
        String correlation = "dlq-" + UUID.randomUUID();
        String event = """
                {"id":"%s","type":"account.active","aggregateType":"account","aggregateId":"%s","occurredAt":"2026-12-03T10:00:00Z",
                 "payload":{"accountId":"%s","activeOn":"%s"},"correlationId":"%s"}""".formatted(eventId, eventId, UUID.randomUUID(),
                LocalDate.now(), correlation);
        String first = sqs.sendMessage(r -> r.queueUrl(indexer.url()).messageBody(event)).messageId();
        String second = sqs.sendMessage(r -> r.queueUrl(indexer.url()).messageBody(event)).messageId();
        String other = sqs.sendMessage(r -> r.queueUrl(indexer.url()).messageBody("not for replay " + UUID.randomUUID())).messageId();

        assertThat(letters.peek(indexer.name(), 50)).extracting(m -> m.messageId()).contains(first, second, other);
        DeadLetters.Replay replay = letters.replay(indexer.name(), Set.of(first, second));
        assertThat(replay.sent()).isEqualTo(2);
        assertThat(replay.left()).isGreaterThanOrEqualTo(1);
        assertThat(letters.peek(indexer.name(), 50)).extracting(m -> m.messageId()).contains(other).doesNotContain(first, second);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Arrays.stream(Files.readString(Path.of("target/local-cloud.log.json"))
                .split("\n")).filter(line -> line.contains("search-indexer handled account.active " + eventId)).toList())
                .singleElement().asString().contains(correlation));
    }
}
