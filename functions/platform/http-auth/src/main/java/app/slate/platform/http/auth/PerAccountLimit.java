package app.slate.platform.http.auth;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Caps how often one person may call a route that is expensive to answer or worth scraping:
 * over the limit the answer is a 429 problem with {@code Retry-After} (see {@link PerAccountLimits}).
 * The person is the one really acting (a guardian acting for a minor counts as the guardian); an
 * anonymous caller counts by address. Routes that share a {@link #name()} share one allowance.
 * Deployed values may differ: {@code slate.account-limits.NAME.requests} and {@code .window} override these.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface PerAccountLimit {

    /** The allowance's name, in counters and configuration: {@code talent-search}. */
    @Nonbinding
    String name();

    @Nonbinding
    int requests();

    /** An ISO-8601 duration: {@code PT1M}, {@code PT1H}, {@code P1D}. */
    @Nonbinding
    String window();
}
