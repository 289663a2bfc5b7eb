package app.slate.platform.auth;

/**
 * Below this age a person is a minor on Slate: a guardian acts for them (identity's
 * {@code slate.identity.adult-age} is configured from it by default), and who sees their profile
 * or media is audited.
 */
public final class Minors {

    public static final int ADULT_AGE = 18;

    private Minors() {
    }
}
