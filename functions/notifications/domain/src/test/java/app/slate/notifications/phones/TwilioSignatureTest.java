package app.slate.notifications.phones;

import static org.assertj.core.api.Assertions.assertThat;

import com.twilio.security.RequestValidator;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Slate's X-Twilio-Signature, checked against Twilio's own validator from its official SDK. */
class TwilioSignatureTest {

    private static final String TOKEN = "12345";
    private static final String URL = "https://api.slate.example/webhooks/twilio/status";
    private static final Map<String, String> CALLBACK = Map.of("AccountSid", "AC0123456789abcdef0123456789abcdef",
            "MessageSid", "SM0123456789abcdef0123456789abcdef", "MessageStatus", "delivered", "To", "+966501234567",
            "From", "+15005550006", "ApiVersion", "2010-04-01");

    @Test
    void ourSignature_isTheOneTwiliosValidatorAccepts() {
        String signature = TwilioSignature.of(TOKEN, URL, CALLBACK);

        assertThat(new RequestValidator(TOKEN).validate(URL, CALLBACK, signature)).isTrue();
        assertThat(TwilioSignature.verifies(TOKEN, URL, CALLBACK, signature)).isTrue();
    }

    @Test
    void anotherToken_anotherUrl_orAChangedField_doesNotVerify() {
        String signature = TwilioSignature.of(TOKEN, URL, CALLBACK);
        Map<String, String> changed = new java.util.HashMap<>(CALLBACK);
        changed.put("MessageStatus", "undelivered");

        assertThat(TwilioSignature.verifies("54321", URL, CALLBACK, signature)).isFalse();
        assertThat(TwilioSignature.verifies(TOKEN, URL + "?x=1", CALLBACK, signature)).isFalse();
        assertThat(TwilioSignature.verifies(TOKEN, URL, changed, signature)).isFalse();
        assertThat(TwilioSignature.verifies(TOKEN, URL, CALLBACK, null)).isFalse();
    }
}
