package app.slate.notifications.sms;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** One way to Twilio: an API host, an account and its token, and the sender messages go from. */
public record TwilioRoute(String name, URI apiUrl, String accountSid, String authToken, String sender) {

    /** The primary route, then the fallback when it is configured. */
    public static List<TwilioRoute> of(SmsConfig config) {
        List<TwilioRoute> routes = new ArrayList<>();
        routes.add(new TwilioRoute("primary", config.primary().apiUrl(), config.primary().accountSid(), config.primary().authToken(),
                config.primary().sender()));
        config.fallback().accountSid().ifPresent(sid -> routes.add(new TwilioRoute("fallback", config.fallback().apiUrl(), sid,
                config.fallback().authToken().orElseThrow(() -> new IllegalStateException("the fallback SMS route has no auth token")),
                config.fallback().sender().orElseThrow(() -> new IllegalStateException("the fallback SMS route has no sender")))));
        return routes;
    }

    @Override
    public String toString() {
        return name + " (" + apiUrl + ", " + accountSid + ")";
    }
}
