package app.slate.identity.account;

import java.util.UUID;

/** Account ids as they arrive in tokens and paths: anything that is not one matches no account. */
public final class AccountIds {

    private static final UUID NOBODY = new UUID(0, 0);

    private AccountIds() {
    }

    public static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return NOBODY;
        }
    }
}
