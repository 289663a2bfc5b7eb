package app.slate.notifications.sms;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/**
 * SMS through Twilio's Messaging API (template.yaml: TwilioPrimary*, TwilioFallback*, TwilioSecret):
 * a primary route and, optionally, a second one (another Twilio account, in another region) that
 * takes over when the first is down.
 */
@ConfigMapping(prefix = "slate.sms")
public interface SmsConfig {

    Primary primary();

    Fallback fallback();

    /** Where Twilio posts each message's status: notifications-api's public webhook. */
    String statusCallback();

    interface Primary {
        /** https://api.twilio.com, or the stand-in. */
        URI apiUrl();

        String accountSid();

        String authToken();

        /** A Messaging Service SID (MG…) or a sending number (+…). */
        String sender();
    }

    /** Absent unless its account SID is given. */
    interface Fallback {
        URI apiUrl();

        Optional<String> accountSid();

        Optional<String> authToken();

        Optional<String> sender();
    }
}
