package app.slate.notifications;

import static app.slate.notifications.WorkerBatches.castingEvents;
import static app.slate.notifications.WorkerBatches.deliver;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.not;

import app.slate.notifications.phones.Phones;
import app.slate.notifications.preferences.Preferences;
import app.slate.notifications.preferences.Preferences.QuietHoursSetting;
import app.slate.platform.testing.Events;
import app.slate.platform.testing.StandInsResource;
import app.slate.standins.SentMessage;
import app.slate.standins.SmsStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * SMS at Twilio's boundary (the stand-in plays both of Slate's accounts): a number is verified by
 * the code texted to it; what cannot wait is texted; a route that is down hands over to the other;
 * both down fails the event, and its retry sends exactly one text.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInsResource.class, restrictToAnnotatedClass = false)
class SmsTest {

    private static final Pattern CODE = Pattern.compile("your code is (\\d{6})");

    @ConfigProperty(name = "slate.sms.primary.api-url")
    String twilio;

    @ConfigProperty(name = "slate.sms.primary.account-sid")
    String primary;

    @ConfigProperty(name = "slate.sms.fallback.account-sid")
    String fallback;

    @Inject
    Phones phones;

    @Inject
    Preferences preferences;

    @Inject
    Pool database;

    @Test
    void aNumberIsVerifiedByTheCodeTextedToIt_andTheCodeRestsNowhere() {
        UUID talent = talent();
        String number = number();
        setNumber(talent, number);

        deliver(Events.sqsBatch(Events.envelope("notifications.phone-verification-requested", "phone", talent.toString(),
                "{\"accountId\": \"" + talent + "\", \"number\": \"" + number + "\"}")));

        String text = texts(number).get(0).text();
        Matcher code = CODE.matcher(text);
        assertThat(code.find()).as(text).isTrue();
        Row stored = database.preparedQuery("SELECT code_hash FROM notification_phones WHERE account_id = $1").execute(Tuple.of(talent))
                .await().indefinitely().iterator().next();
        assertThat(stored.getString("code_hash")).hasSize(64).doesNotContain(code.group(1));
        assertThat(phones.verify(talent, code.group(1)).await().indefinitely().verified()).isTrue();
        assertThat(phones.verifiedNumber(talent)).contains(number);
    }

    @Test
    void anAuditionIsTexted_butAShortlistIsNot_untilChosen() {
        UUID talent = talent();
        String number = verified(talent);

        deliver(castingEvents(talent));

        assertThat(texts(number)).extracting(SentMessage::text).singleElement().asString()
                .startsWith("Slate: callback for Maya Hart booked, Thu 3 Dec 2026");
    }

    @Test
    void whenThePrimaryRouteIsDown_theFallbackSends_once() {
        UUID talent = talent();
        String number = verified(talent);
        SmsStore.outage(twilio, primary, 1);

        deliver(castingEvents(talent));

        assertThat(texts(number)).singleElement().satisfies(text -> assertThat(text.headers()).containsEntry("AccountSid", fallback));
        assertThat(provider(talent)).isEqualTo("twilio:fallback");
    }

    @Test
    void whenBothRoutesAreDown_theEventFails_andItsRetrySendsExactlyOneText() {
        UUID talent = talent();
        String number = verified(talent);
        String batch = castingEvents(talent);
        SmsStore.outage(twilio, primary, 1);
        SmsStore.outage(twilio, fallback, 1);

        given().contentType(ContentType.JSON).body(batch).post("/_lambda_").then().statusCode(200).body("batchItemFailures", not(empty()));
        assertThat(texts(number)).isEmpty();

        deliver(batch);
        deliver(batch);
        assertThat(texts(number)).hasSize(1);
        assertThat(provider(talent)).isEqualTo("twilio:primary");
    }

    @Test
    void aNumberTwilioRefuses_isRecordedFailed_withoutFailingTheEvent() {
        UUID talent = talent();
        setNumber(talent, "+15005550009");
        database.preparedQuery("UPDATE notification_phones SET verified_at = now() WHERE account_id = $1").execute(Tuple.of(talent))
                .await().indefinitely();

        deliver(castingEvents(talent));

        Row row = database.preparedQuery("SELECT status, last_error FROM notification_deliveries WHERE recipient = $1 AND channel = 'SMS'")
                .execute(Tuple.of(talent)).await().indefinitely().iterator().next();
        assertThat(row.getString("status")).isEqualTo("FAILED");
        assertThat(row.getString("last_error")).contains("21614");
    }

    private UUID talent() {
        UUID talent = UUID.randomUUID();
        deliver(Events.sqsBatch(Events.envelope("account.registered", "account", talent.toString(), "{\"accountId\": \"" + talent
                + "\", \"email\": \"sms-" + talent + "@example.com\", \"displayName\": \"Kwame Mensah\", \"roles\": [\"talent\"], "
                + "\"source\": \"self\"}")));
        preferences.update(talent, null, "Asia/Riyadh", new QuietHoursSetting(false, LocalTime.of(21, 0), LocalTime.of(8, 0)), List.of())
                .await().indefinitely();
        return talent;
    }

    /** A number of this test's own, verified as the API verifies it (the code flow has its own test). */
    private String verified(UUID talent) {
        String number = number();
        setNumber(talent, number);
        database.preparedQuery("UPDATE notification_phones SET verified_at = now() WHERE account_id = $1").execute(Tuple.of(talent))
                .await().indefinitely();
        return number;
    }

    private void setNumber(UUID talent, String number) {
        database.withTransaction(connection -> phones.set(connection, talent, number)).await().indefinitely();
    }

    private static String number() {
        return "+9665" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    private String provider(UUID talent) {
        return database.preparedQuery("SELECT provider FROM notification_deliveries WHERE recipient = $1 AND channel = 'SMS'")
                .execute(Tuple.of(talent)).await().indefinitely().iterator().next().getString("provider");
    }

    private List<SentMessage> texts(String number) {
        return SmsStore.texts(twilio).stream().filter(text -> text.to().contains(number)).toList();
    }
}
