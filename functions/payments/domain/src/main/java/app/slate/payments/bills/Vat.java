package app.slate.payments.bills;

/**
 * Value added tax on what Slate sells: Slate is registered for VAT in Saudi Arabia, where prices
 * shown to consumers include it (15%), so a bill in riyals holds its VAT within its amount. Other
 * currencies are sold without VAT here (no other registration is configured).
 */
public final class Vat {

    public static final int SAUDI_RATE_PERCENT = 15;

    private Vat() {
    }

    /** The VAT inside an amount, in minor units, rounded half up (ZATCA rounds to the halala). */
    public static long within(long amountMinor, String currency) {
        if (!"SAR".equalsIgnoreCase(currency)) {
            return 0;
        }
        return Math.round(amountMinor * SAUDI_RATE_PERCENT / (100.0 + SAUDI_RATE_PERCENT));
    }
}
