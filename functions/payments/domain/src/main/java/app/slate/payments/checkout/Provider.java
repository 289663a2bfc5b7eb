package app.slate.payments.checkout;

import app.slate.payments.plans.Currency;

/**
 * The payment providers a buyer may pay through: Moyasar for the Saudi market (a buyer in Saudi
 * Arabia, or paying in riyals: mada, Apple Pay, STC Pay and cards), Stripe for everyone else.
 */
public enum Provider {
    STRIPE, MOYASAR;

    /**
     * Whether a plan's trial is given through it: Stripe holds a card through a trial; Moyasar has no
     * subscriptions, and Slate charges it at once (a trial would need a card saved without payment).
     */
    public boolean trials() {
        return this == STRIPE;
    }

    public static Provider choose(Currency currency, String country) {
        return currency == Currency.SAR || "SA".equals(country) ? MOYASAR : STRIPE;
    }
}
