package app.slate.platform.http.idempotency;

import app.slate.platform.blocking.OffLoop;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.JacksonAnnotationIntrospector;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * Makes a creating POST safe to retry. Keys are scoped to the caller (or "anonymous") so one
 * client cannot replay another's answer; the fingerprint covers the path and the parsed body,
 * so the same key with another request is caught. Only successful answers are kept: after a
 * failure the key is free again and a corrected retry runs for real.
 */
@IdempotentCreate
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class IdempotentCreateInterceptor {

    private static final Logger LOG = Logger.getLogger(IdempotentCreateInterceptor.class);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final ResponseReplays replays;
    private final CurrentVertxRequest request;
    private final CurrentIdentityAssociation identity;
    private final ObjectMapper json;
    private final ObjectMapper fingerprintJson;

    public IdempotentCreateInterceptor(ResponseReplays replays, CurrentVertxRequest request,
                                       CurrentIdentityAssociation identity, ObjectMapper json) {
        this.replays = replays;
        this.request = request;
        this.identity = identity;
        this.json = json;
        this.fingerprintJson = json.copy().setAnnotationIntrospector(new JacksonAnnotationIntrospector() {
            @Override
            public boolean hasIgnoreMarker(AnnotatedMember member) {
                return member.hasAnnotation(Secret.class) || super.hasIgnoreMarker(member);
            }
        });
    }

    @AroundInvoke
    @SuppressWarnings("unchecked")
    public Object once(InvocationContext invocation) throws Exception {
        RoutingContext http = request.getCurrent();
        String key = http.request().getHeader(IdempotentCreate.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!KEY.matcher(key).matches()) {
            throw ProblemException.invalid(IdempotentCreate.HEADER, "must be 1 to 255 visible ASCII characters");
        }
        String fingerprint = fingerprint(http.request().method().name() + " " + http.normalizedPath(), invocation.getParameters());
        return identity.getDeferredIdentity()
                .map(caller -> "request#" + scopeOf(caller) + "#" + key)
                .flatMap(recordKey -> OffLoop.call(() -> replays.begin(recordKey, fingerprint))
                        .flatMap(earlier -> earlier.isPresent()
                                ? Uni.createFrom().item(earlier.get().replay())
                                : proceed(invocation)
                                        .onFailure().call(() -> OffLoop.run(() -> replays.release(recordKey)))
                                        .call(answer -> remember(recordKey, fingerprint, answer))));
    }

    @SuppressWarnings("unchecked")
    private static Uni<Response> proceed(InvocationContext invocation) {
        try {
            return (Uni<Response>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    private Uni<Void> remember(String recordKey, String fingerprint, Response answer) {
        if (answer.getStatus() >= 300) {
            return OffLoop.run(() -> replays.release(recordKey));
        }
        String location = answer.getLocation() == null ? null : answer.getLocation().toString();
        String body = answer.hasEntity() ? write(answer.getEntity()) : null;
        // The object exists by now: failing to remember the answer must not turn it into an error.
        return OffLoop.run(() -> replays.complete(recordKey, fingerprint, new StoredResponse(answer.getStatus(), body, location)))
                .onFailure().recoverWithUni(failure -> {
                    LOG.warnf("Could not keep the answer for Idempotency-Key %s: %s", recordKey, failure.toString());
                    return Uni.createFrom().voidItem();
                });
    }

    private static String scopeOf(SecurityIdentity caller) {
        return caller.isAnonymous() ? "anonymous" : caller.getPrincipal().getName();
    }

    private String fingerprint(String route, Object[] arguments) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(route.getBytes(StandardCharsets.UTF_8));
            sha256.update(fingerprintJson.writeValueAsBytes(arguments));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint an idempotent request", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an idempotent request or answer is not serialisable", e);
        }
    }
}
