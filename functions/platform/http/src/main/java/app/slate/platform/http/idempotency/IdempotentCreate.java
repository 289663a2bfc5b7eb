package app.slate.platform.http.idempotency;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a creating {@code POST} whose client may send an {@code Idempotency-Key}: a retry with
 * the same key and body gets the first answer again for 24 hours instead of a second object;
 * the same key with another body is a 422. The method must return {@code Uni<Response>}.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface IdempotentCreate {

    String HEADER = "Idempotency-Key";
    String REPLAYED = "Idempotent-Replayed";
}
