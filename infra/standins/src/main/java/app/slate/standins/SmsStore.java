package app.slate.standins;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Every text the Twilio stand-in accepted ({@code GET /store}), as the mailbox shows messages; and its outage switch. */
public final class SmsStore {

    private SmsStore() {
    }

    public static List<SentMessage> texts(String twilio) {
        List<SentMessage> texts = new ArrayList<>();
        for (JsonNode text : PushStore.call(HttpRequest.newBuilder(URI.create(twilio + "/store")).GET()).path("messages")) {
            texts.add(new SentMessage("sms", text.path("sid").asText(), List.of(text.path("to").asText()),
                    text.path("from").asText(text.path("messaging_service_sid").asText()), null, text.path("body").asText(), null,
                    Map.of("AccountSid", text.path("account_sid").asText(), "Status", text.path("status").asText()), List.of(),
                    ZonedDateTime.parse(text.path("date_created").asText(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
        }
        return texts;
    }

    /** The account's next {@code failures} requests answer 503, as a Twilio region that is down. */
    public static void outage(String twilio, String accountSid, int failures) {
        PushStore.call(HttpRequest.newBuilder(URI.create(twilio + "/control/outage"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("accountSid=" + URLEncoder.encode(accountSid, StandardCharsets.UTF_8)
                        + "&failures=" + failures)));
    }
}
