package app.slate.platform.http;

import app.slate.platform.logging.Correlation;
import app.slate.platform.logging.Tracing;
import app.slate.platform.metrics.Metrics;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Puts what identifies a request into the logging context of every line it logs: the correlation
 * id (see {@link Correlation}; answered back in {@value Correlation#HEADER}), the request id (API
 * Gateway's), Lambda's request id, and the route as declared ({@code POST /talent-lists/{id}/talent/{profileId}}),
 * never the path as sent, which may hold what a client typed. The caller's id joins when it is known.
 */
public class RequestLogging {

    private static final String STARTED = "slate.request-started";
    private static final String WEBHOOKS = "POST /webhooks/";
    private static final Logger LOG = Logger.getLogger(RequestLogging.class);

    private static final Map<Method, String> ROUTES = new ConcurrentHashMap<>();

    private final RequestIds requestIds;

    public RequestLogging(RequestIds requestIds) {
        this.requestIds = requestIds;
    }

    /** First of the filters, so that whatever another refuses is logged and answered with the id. */
    @ServerRequestFilter(priority = Priorities.AUTHENTICATION - 100)
    public void identify(ContainerRequestContext context, ResourceInfo resource) {
        context.setProperty(STARTED, System.nanoTime());
        MDC.put(Correlation.ID, Correlation.acceptedOrNew(context.getHeaderString(Correlation.HEADER)));
        putIfKnown(Correlation.REQUEST, requestIds.current());
        putIfKnown(Correlation.LAMBDA_REQUEST, requestIds.lambdaRequestId());
        putIfKnown(Tracing.TRACE_ID, Tracing.traceId(Tracing.currentHeader()));
        if (resource != null && resource.getResourceMethod() != null) {
            MDC.put(Correlation.ROUTE, ROUTES.computeIfAbsent(resource.getResourceMethod(),
                    method -> context.getMethod() + " " + template(resource.getResourceClass(), method)));
        }
    }

    private static void putIfKnown(String key, String value) {
        if (value != null) {
            MDC.put(key, value);
        }
    }

    /** One line a request: its route, status and time (the path and query as sent stay out of logs). */
    @ServerResponseFilter
    public void answer(ContainerRequestContext request, ContainerResponseContext response) {
        String id = Correlation.current();
        if (id != null) {
            response.getHeaders().putSingle(Correlation.HEADER, id);
        }
        Object started = request.getProperty(STARTED);
        Object route = MDC.get(Correlation.ROUTE);
        if (started instanceof Long nanos && route != null) {
            LOG.infof("%s answered %d in %.1f ms", route, response.getStatus(), (System.nanoTime() - nanos) / 1e6);
            count(route.toString(), response.getStatus());
        }
    }

    /** A 5xx is a failure of this function (its canary alarm counts them); a refused webhook, a forgery or a replay. */
    private static void count(String route, int status) {
        if (status >= 500) {
            Metrics.countForFunction("Failures");
        } else if ((status == 401 || status == 403) && route.startsWith(WEBHOOKS)) {
            String provider = route.substring(WEBHOOKS.length()).split("/")[0];
            Metrics.count("WebhookRefusals", Map.of("Provider", provider));
        }
    }

    private static String template(Class<?> resource, Method method) {
        Path base = resource.getAnnotation(Path.class);
        Path own = method.getAnnotation(Path.class);
        return RouteTemplate.of(base == null ? null : base.value(), own == null ? null : own.value());
    }
}
