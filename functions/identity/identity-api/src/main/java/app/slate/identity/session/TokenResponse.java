package app.slate.identity.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** OAuth-style token answer; {@code refreshToken} is absent where none is issued (acting for a minor). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    /** Tokens are never cached, by a browser or anything in between. */
    public Response noStore() {
        return Response.ok(this).cacheControl(NO_STORE).build();
    }

    public static TokenResponse bearer(String accessToken, long expiresIn, String refreshToken) {
        return new TokenResponse(accessToken, "Bearer", expiresIn, refreshToken);
    }
}
