package app.slate.payments.plans;

/**
 * The currencies plans are sold in, each with the smallest amount a card payment may be (the
 * providers refuse less: Stripe's minimum charge, Moyasar's 1 SAR), in the currency's minor unit.
 */
public enum Currency {
    SAR(200), USD(50), GBP(30), EUR(50), AED(200);

    private final long minimumMinor;

    Currency(long minimumMinor) {
        this.minimumMinor = minimumMinor;
    }

    public long minimumMinor() {
        return minimumMinor;
    }
}
