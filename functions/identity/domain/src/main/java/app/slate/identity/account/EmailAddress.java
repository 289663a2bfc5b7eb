package app.slate.identity.account;

import java.util.Locale;

/** One spelling per mailbox: surrounding spaces and letter case never make a second account. */
public final class EmailAddress {

    private EmailAddress() {
    }

    public static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
