package app.slate.platform.http.auth;

import app.slate.platform.auth.Caller;
import app.slate.platform.blocking.OffLoop;
import app.slate.platform.http.ClientAddress;
import app.slate.platform.ratelimit.RateLimiter;
import app.slate.platform.ratelimit.RateLimiter.Limit;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Applies {@link PerAccountLimit} when the route is about to run: after security (a caller
 * without the route's role hears 401 or 403, not 429) and after the input was validated (a
 * mistake is answered with the field it is about, and costs nothing from the allowance).
 */
@PerAccountLimit(name = "", requests = 0, window = "PT0S") // the binding: its members are the routes' own
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER + 900) // inside Quarkus REST's validation (PLATFORM_AFTER + 800)
public class PerAccountLimits {

    private static final Map<Method, Limit> LIMITS = new ConcurrentHashMap<>();

    private final RateLimiter limiter;
    private final CurrentCaller caller;
    private final ClientAddress address;
    private final Config config;

    public PerAccountLimits(RateLimiter limiter, CurrentCaller caller, ClientAddress address, Config config) {
        this.limiter = limiter;
        this.caller = caller;
        this.address = address;
        this.config = config;
    }

    @AroundInvoke
    Object count(InvocationContext invocation) throws Exception {
        Limit limit = LIMITS.computeIfAbsent(invocation.getMethod(), this::limitOf);
        if (!Uni.class.isAssignableFrom(invocation.getMethod().getReturnType())) {
            // A blocking route: already on a worker thread.
            limiter.hit(limit, subject(caller.optional().await().indefinitely()));
            return invocation.proceed();
        }
        return caller.optional().map(this::subject)
                .chain(who -> OffLoop.run(() -> limiter.hit(limit, who)))
                .chain(() -> proceed(invocation));
    }

    @SuppressWarnings("unchecked")
    private static Uni<Object> proceed(InvocationContext invocation) {
        try {
            return (Uni<Object>) invocation.proceed();
        } catch (Exception e) {
            return Uni.createFrom().failure(e);
        }
    }

    private String subject(Optional<Caller> who) {
        return who.map(Caller::actingPerson).orElseGet(() -> "ip:" + address.current());
    }

    private Limit limitOf(Method method) {
        PerAccountLimit declared = method.getAnnotation(PerAccountLimit.class);
        String key = "slate.account-limits." + declared.name();
        int requests = config.getOptionalValue(key + ".requests", Integer.class).orElse(declared.requests());
        Duration window = config.getOptionalValue(key + ".window", Duration.class).orElse(Duration.parse(declared.window()));
        return new Limit(declared.name(), requests, window);
    }
}
