package app.slate.payments.checkout;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "slate.billing")
public interface BillingConfig {

    /** The web app's origin: buyers come back to its billing pages after paying. */
    String appUrl();
}
