package app.slate.payments.checkout;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "slate.billing")
public interface BillingConfig {

    /** The web app's origin: buyers come back to its billing pages after paying. */
    String appUrl();

    /**
     * Who sells, as receipts name them (template.yaml: SellerName, SellerAddress, SellerVatNumber):
     * given to payments-api only; without them no receipt is issued.
     */
    Seller seller();

    interface Seller {
        Optional<String> name();

        Optional<String> address();

        /** The seller's VAT registration (in Saudi Arabia, 15 digits). */
        Optional<String> vatNumber();
    }
}
