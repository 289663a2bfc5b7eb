package app.slate.standins.stripe;

/**
 * The test cards the local Stripe knows, with Stripe's own numbers and behaviours: one that
 * always pays, one always declined, one whose attaching succeeds but whose every charge fails
 * (a subscription with a trial starts with it, and its first renewal fails), and one without funds.
 */
enum StripeCard {
    PAYS("4242424242424242", null, true),
    DECLINED("4000000000000002", "generic_decline", false),
    CHARGES_FAIL("4000000000000341", "card_declined", true),
    NO_FUNDS("4000000000009995", "insufficient_funds", false);

    final String number;
    /** Why a charge is declined; null when it pays. */
    final String declineCode;
    /** Whether it can be saved to a customer (a trial checkout needs no charge, only this). */
    final boolean attaches;

    StripeCard(String number, String declineCode, boolean attaches) {
        this.number = number;
        this.declineCode = declineCode;
        this.attaches = attaches;
    }

    boolean pays() {
        return declineCode == null;
    }

    static StripeCard of(String number) {
        String digits = number == null ? "" : number.replaceAll("[ -]", "");
        for (StripeCard card : values()) {
            if (card.number.equals(digits)) {
                return card;
            }
        }
        return null;
    }

    String last4() {
        return number.substring(number.length() - 4);
    }
}
