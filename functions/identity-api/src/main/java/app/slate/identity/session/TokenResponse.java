package app.slate.identity.session;

import com.fasterxml.jackson.annotation.JsonInclude;

/** OAuth-style token answer; {@code refreshToken} is absent where none is issued (acting for a minor). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenResponse(String accessToken, String tokenType, long expiresIn, String refreshToken) {

    public static TokenResponse bearer(String accessToken, long expiresIn, String refreshToken) {
        return new TokenResponse(accessToken, "Bearer", expiresIn, refreshToken);
    }
}
