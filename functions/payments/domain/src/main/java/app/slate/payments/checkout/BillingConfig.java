package app.slate.payments.checkout;

import io.smallrye.config.ConfigMapping;

@ConfigMapping(prefix = "slate.billing")
public interface BillingConfig {

    /** The web app's origin: buyers come back to its billing pages after paying. */
    String appUrl();

    /** Who sells, as receipts name them (template.yaml: SellerName, SellerAddress, SellerVatNumber). */
    Seller seller();

    interface Seller {
        String name();

        String address();

        /** The seller's VAT registration (in Saudi Arabia, 15 digits). */
        String vatNumber();
    }
}
