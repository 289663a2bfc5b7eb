package app.slate.notifications;

import static app.slate.notifications.WorkerBatches.accountEmails;
import static app.slate.notifications.WorkerBatches.deliver;
import static org.assertj.core.api.Assertions.assertThat;

import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SentMessage;
import app.slate.standins.SesStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Account events through the handler, as events/notifications-worker/account-emails.json carries
 * them, to the SES stand-in's store: the address, the words in the reader's language, the link.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class AccountEmailsTest {

    @ConfigProperty(name = "slate.email.endpoint")
    String ses;

    @Inject
    Pool database;

    @Test
    void aVerificationRequest_sendsOneEmailWithTheLink_evenWhenTheEventComesTwice() {
        String address = "layla-" + UUID.randomUUID() + "@example.sa";
        String batch = accountEmails(UUID.randomUUID(), address, "2030-01-01T00:00:00Z");
        deliver(batch);
        deliver(batch);

        List<SentMessage> emails = to(address);
        assertThat(emails).hasSize(1);
        SentMessage email = emails.get(0);
        assertThat(email.from()).isEqualTo("Slate <no-reply@slate.localhost>");
        assertThat(email.subject()).isEqualTo("Confirm your email for Slate");
        assertThat(email.text()).contains("Hello ليلى العتيبي,").contains("http://localhost:8080/verify-email#token=Q2hlY2sgdGhlIGxpbmsgd29ya3M");
        assertThat(email.html()).contains("href=\"http://localhost:8080/verify-email#token=Q2hlY2sgdGhlIGxpbmsgd29ya3M\"");
        assertThat(statuses(address)).containsExactly("SENT");
    }

    @Test
    void aLinkThatHasAlreadyExpired_isNotSent() {
        String address = "late-" + UUID.randomUUID() + "@example.sa";
        deliver(accountEmails(UUID.randomUUID(), address, "2020-01-01T00:00:00Z"));

        assertThat(to(address)).isEmpty();
        assertThat(statuses(address)).isEmpty();
    }

    @Test
    void anArabicReader_getsTheArabicEmail_andADeletedAccountIsToldOnce_thenForgotten() {
        UUID account = UUID.randomUUID();
        String address = "deleted-" + UUID.randomUUID() + "@example.sa";
        deliver(accountEmails(account, address, "2030-01-01T00:00:00Z"));
        database.preparedQuery("UPDATE notification_contacts SET language = 'ar', time_zone = 'Asia/Riyadh' WHERE account_id = $1")
                .execute(Tuple.of(account)).await().indefinitely();

        String deleted = Events.sqsBatch(Events.envelope("account.deleted", "account", account.toString(),
                "{\"accountId\": \"" + account + "\", \"deletedAt\": \"2026-12-03T11:30:00Z\", \"source\": \"self\"}"));
        deliver(deleted);

        List<SentMessage> emails = to(address);
        assertThat(emails).extracting(SentMessage::subject).contains("تم حذف حسابك في Slate");
        SentMessage goodbye = emails.stream().filter(e -> e.subject().equals("تم حذف حسابك في Slate")).findFirst().orElseThrow();
        assertThat(goodbye.text()).contains("ديسمبر").contains("14:30");
        assertThat(goodbye.html()).contains("dir=\"rtl\"");
        var forgotten = database.preparedQuery("SELECT email, deleted_at FROM notification_contacts WHERE account_id = $1")
                .execute(Tuple.of(account)).await().indefinitely().iterator().next();
        assertThat(forgotten.getString("email")).isNull();
        assertThat(forgotten.getOffsetDateTime("deleted_at")).isNotNull();
    }


    private List<SentMessage> to(String address) {
        return SesStore.emails(ses).stream().filter(email -> email.to().contains(address)).toList();
    }

    private List<String> statuses(String address) {
        List<String> statuses = new java.util.ArrayList<>();
        database.preparedQuery("SELECT status FROM notification_deliveries WHERE address = $1").execute(Tuple.of(address))
                .await().indefinitely().forEach(row -> statuses.add(row.getString("status")));
        return statuses;
    }

 }
