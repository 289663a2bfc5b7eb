package app.slate.notifications.socket;

import app.slate.platform.http.auth.RevokedSessions;
import app.slate.platform.http.auth.TokenChecks;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The access token a WebSocket opens with, held to the same checks as every HTTP route: RS256
 * signature under the published keys, issuer, audience, expiry and lifetime (SmallRye JWT with the
 * shared configuration), not issued in the future, and its session and account not ended. Browsers
 * cannot set headers on a WebSocket, so the token may come as the {@code token} query parameter; an
 * app that can sends {@code Authorization: Bearer}.
 */
@ApplicationScoped
public class SocketTokens {

    private final JWTParser parser;
    private final RevokedSessions revoked;

    public SocketTokens(JWTParser parser, RevokedSessions revoked) {
        this.parser = parser;
        this.revoked = revoked;
    }

    /** The account the connection is for: the token's subject (a minor's, when their guardian's token acts for them). */
    public Optional<UUID> account(Map<String, String> headers, Map<String, String> query) {
        Optional<String> bearer = bearer(headers).or(() -> Optional.ofNullable(query == null ? null : query.get("token")));
        if (bearer.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonWebToken token = parser.parse(bearer.get());
            if (TokenChecks.issuedInTheFuture(token) || revoked.refuses(token)) {
                return Optional.empty();
            }
            return Optional.of(UUID.fromString(token.getSubject()));
        } catch (ParseException | IllegalArgumentException refused) {
            return Optional.empty();
        }
    }

    private static Optional<String> bearer(Map<String, String> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("authorization") && header.getValue().regionMatches(true, 0, "Bearer ", 0, 7))
                .map(header -> header.getValue().substring(7).strip())
                .findFirst();
    }
}
