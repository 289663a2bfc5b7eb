package app.slate.standins.moyasar;

/**
 * The local Moyasar's test cards (documented in the README): what a card does when the buyer
 * authenticates a payment, and when the merchant charges its saved token later (a renewal).
 */
enum MoyasarCard {
    /** 4111 1111 1111 1111: a Visa card that pays, now and later. */
    PAYS("visa", "credit"),
    /** 4464 0400 0000 0007: a mada card that pays, now and later. */
    MADA("mada", "debit"),
    /** 4000 0000 0000 0002: declined ("Insufficient Funds"). */
    DECLINED("visa", "credit"),
    /** 4000 0000 0000 0341: pays now; every later charge of its saved token is declined. */
    RENEWAL_FAILS("mastercard", "credit");

    final String company;
    final String funding;

    MoyasarCard(String company, String funding) {
        this.company = company;
        this.funding = funding;
    }

    static MoyasarCard of(String number) {
        return switch (number == null ? "" : number.replaceAll("[\\s-]", "")) {
            case "4111111111111111" -> PAYS;
            case "4464040000000007" -> MADA;
            case "4000000000000002" -> DECLINED;
            case "4000000000000341" -> RENEWAL_FAILS;
            default -> null;
        };
    }

    /** The outcome of a charge: null when it pays, else Moyasar's message. */
    String decline(boolean merchantInitiated) {
        if (this == DECLINED) {
            return "Insufficient Funds";
        }
        return this == RENEWAL_FAILS && merchantInitiated ? "Card declined by the issuer" : null;
    }
}
