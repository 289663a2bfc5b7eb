package app.slate.notifications.push;

import io.smallrye.config.ConfigMapping;

/** Slate's VAPID identity (template.yaml: VapidPublicKey, VapidPrivateKeySecret, VapidSubject). */
@ConfigMapping(prefix = "slate.push")
public interface PushConfig {

    /** The 65-byte P-256 public key, base64url: browsers subscribe with it as {@code applicationServerKey}. */
    String vapidPublicKey();

    /** The matching 32-byte private value, base64url, from Secrets Manager. */
    String vapidPrivateKey();

    /** A contact for push services: {@code mailto:ops@slate.example} or an https URL. */
    String vapidSubject();
}
