package app.slate.platform.auth;

/** The roles carried in an access token's {@code groups} claim. */
public final class Roles {

    public static final String TALENT = "talent";
    public static final String CASTING = "casting";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
