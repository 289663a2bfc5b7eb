package app.slate.platform.http.auth;

import app.slate.platform.dynamodb.SessionRevocations;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * Access tokens that must stop working before they expire. A logout or a reused refresh token ends
 * one session (the token's {@code sid}) for good; a password change or a deletion ends every
 * session of the account begun until then. Each is an item {@code validAfter} in epoch
 * milliseconds: a token whose session began at or before it is refused (an ended session's is the
 * end of time). A token without a session (made by hand, never by identity) counts from its
 * {@code iat}. Items are kept for one token lifetime, after
 * which every token they could refuse has expired anyway. An instance remembers what it read for a
 * few seconds ({@code slate.sessions.cache}), so most requests cost no lookup and a revocation
 * reaches every instance within that time. Blocking where it reads: call off the event loop.
 */
@ApplicationScoped
public class RevokedSessions {

    private static final long NOTHING_REVOKED = Long.MIN_VALUE;
    private static final int MAX_REMEMBERED = 50_000;
    private static final int MAX_ATTEMPTS = 3;

    private record Remembered(long validAfter, long untilMillis) {
    }

    private final DynamoDbClient dynamo;
    private final SessionRevocations revocations;
    private final SessionsConfig config;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    public RevokedSessions(DynamoDbClient dynamo, SessionRevocations revocations, SessionsConfig config) {
        this.dynamo = dynamo;
        this.revocations = revocations;
        this.config = config;
    }

    /** What memory alone says about the token: empty when one of its keys must be read first. */
    public Optional<Boolean> refusesFromMemory(JsonWebToken token) {
        long now = System.currentTimeMillis();
        long validAfter = NOTHING_REVOKED;
        for (String key : keysOf(token)) {
            Remembered known = remembered.get(key);
            if (known == null || known.untilMillis() < now) {
                return Optional.empty();
            }
            validAfter = Math.max(validAfter, known.validAfter());
        }
        return Optional.of(startedMillis(token) <= validAfter);
    }

    /** Reads what memory lacks, then answers. */
    public boolean refuses(JsonWebToken token) {
        List<String> keys = keysOf(token);
        long until = System.currentTimeMillis() + config.cache().toMillis();
        List<Map<String, AttributeValue>> wanted = new ArrayList<>();
        keys.forEach(key -> wanted.add(Map.of("pk", AttributeValue.fromS(key))));
        Map<String, Long> found = new HashMap<>();
        Map<String, KeysAndAttributes> asked = Map.of(config.revokedTable(),
                KeysAndAttributes.builder().keys(wanted).projectionExpression("pk, validAfter").build());
        // A throttled batch answers some keys later; an unanswered key must never read as "not revoked".
        for (int attempt = 0; !asked.isEmpty(); attempt++) {
            if (attempt == MAX_ATTEMPTS) {
                throw new IllegalStateException("DynamoDB left ended-session keys unanswered after " + MAX_ATTEMPTS + " attempts");
            }
            Map<String, KeysAndAttributes> request = asked;
            BatchGetItemResponse answer = dynamo.batchGetItem(batch -> batch.requestItems(request));
            answer.responses().getOrDefault(config.revokedTable(), List.of())
                    .forEach(item -> found.put(item.get("pk").s(), Long.parseLong(item.get("validAfter").n())));
            asked = answer.hasUnprocessedKeys() ? answer.unprocessedKeys() : Map.of();
        }
        if (remembered.size() > MAX_REMEMBERED) {
            remembered.clear();
        }
        long validAfter = NOTHING_REVOKED;
        for (String key : keys) {
            long keyValidAfter = found.getOrDefault(key, NOTHING_REVOKED);
            remembered.put(key, new Remembered(keyValidAfter, until));
            validAfter = Math.max(validAfter, keyValidAfter);
        }
        return startedMillis(token) <= validAfter;
    }

    /** Logout or refresh-token reuse: every access token of this session stops working. */
    public void endSession(String sessionId) {
        remember(SessionRevocations.sessionKey(sessionId), Long.MAX_VALUE);
    }

    /** Password change or deletion: every access token of a session of the account begun until {@code at} stops working. */
    public void endAccount(String accountId, Instant at) {
        remember(SessionRevocations.accountKey(accountId), at.toEpochMilli());
    }

    private void remember(String key, long validAfter) {
        revocations.revoke(key, validAfter);
        remembered.put(key, new Remembered(validAfter, System.currentTimeMillis() + config.cache().toMillis()));
    }

    /** The account, the guardian acting for it (RFC 8693 {@code act}) and the session, when the token names them. */
    private static List<String> keysOf(JsonWebToken token) {
        List<String> keys = new ArrayList<>(3);
        keys.add(SessionRevocations.accountKey(token.getSubject()));
        CurrentCaller.actorOf(token).ifPresent(actor -> keys.add(SessionRevocations.accountKey(actor)));
        CurrentCaller.sessionOf(token).ifPresent(session -> keys.add(SessionRevocations.sessionKey(session.id())));
        return keys;
    }

    private static long startedMillis(JsonWebToken token) {
        return CurrentCaller.sessionOf(token).map(Session::startedAtMillis).orElse(token.getIssuedAtTime() * 1000);
    }
}
