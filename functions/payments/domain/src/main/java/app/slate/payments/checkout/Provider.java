package app.slate.payments.checkout;

import app.slate.payments.plans.Currency;

/**
 * The payment providers a buyer may pay through: Moyasar for the Saudi market (a buyer in Saudi
 * Arabia, or paying in riyals: mada, Apple Pay, STC Pay and cards), Stripe for everyone else.
 */
public enum Provider {
    STRIPE, MOYASAR;

    public static Provider choose(Currency currency, String country) {
        return currency == Currency.SAR || "SA".equals(country) ? MOYASAR : STRIPE;
    }
}
