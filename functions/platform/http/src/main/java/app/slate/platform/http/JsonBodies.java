package app.slate.platform.http;

import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.MediaType;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A route that reads a body and says nothing else takes JSON, and a body it needs is never empty.
 * Without this, JAX-RS reads any content type with the JSON reader and hands the route a null
 * body, which each route would have to think of refusing.
 */
public class JsonBodies {

    private enum Body { NONE, OPTIONAL, REQUIRED }

    private final Map<Method, Body> bodies = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void requireJson(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        Body body = method == null ? Body.NONE : bodies.computeIfAbsent(method, JsonBodies::bodyOf);
        boolean empty = !request.hasEntity() || request.getLength() == 0;
        if (body == Body.NONE || body == Body.OPTIONAL && empty) {
            return;
        }
        if (empty) {
            throw ProblemException.invalid("body", "is required: send a JSON object");
        }
        MediaType type = request.getMediaType();
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            throw new ProblemException(Problem.of("unsupported-media-type", "Unsupported Media Type", 415,
                    "Send the body as application/json.", List.of()));
        }
    }

    /**
     * A parameter without a JAX-RS or framework annotation, on a route that declares no other media type,
     * is a JSON body; {@code @NotNull} makes it required.
     */
    private static Body bodyOf(Method method) {
        if (method.isAnnotationPresent(Consumes.class) || method.getDeclaringClass().isAnnotationPresent(Consumes.class)) {
            return Body.NONE;
        }
        for (Parameter parameter : method.getParameters()) {
            if (isEntity(parameter)) {
                return parameter.isAnnotationPresent(NotNull.class) ? Body.REQUIRED : Body.OPTIONAL;
            }
        }
        return Body.NONE;
    }

    private static boolean isEntity(Parameter parameter) {
        String type = parameter.getType().getName();
        if (type.startsWith("jakarta.ws.rs.") || type.startsWith("io.vertx.") || type.startsWith("org.jboss.resteasy.")) {
            return false;
        }
        for (Annotation annotation : parameter.getAnnotations()) {
            String name = annotation.annotationType().getName();
            if (name.startsWith("jakarta.ws.rs.") || name.startsWith("org.jboss.resteasy.")) {
                return false;
            }
        }
        return true;
    }
}
