package app.slate.platform.http;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.quarkus.vertx.http.runtime.QuarkusHttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * The id of the current request, for records that must lead back to it (the audit log). Under
 * Lambda it is API Gateway's own request id, the one its access logs carry; served otherwise (the
 * local cloud), the request gets an id of its own, the same for its whole life. A client's header
 * is never taken: anyone can write one.
 */
@ApplicationScoped
public class RequestIds {

    private static final String KEY = "slate.request-id";

    private final CurrentVertxRequest request;

    public RequestIds(CurrentVertxRequest request) {
        this.request = request;
    }

    public String current() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return null;
        }
        String id = context.get(KEY);
        if (id == null) {
            id = fromApiGateway(context);
            context.put(KEY, id);
        }
        return id;
    }

    /** Lambda's id of the invocation serving this request; null when not served by Lambda. */
    public String lambdaRequestId() {
        RoutingContext context = request.getCurrent();
        if (context != null && context.request().headers() instanceof QuarkusHttpHeaders headers) {
            Context lambda = headers.getContextObject(Context.class);
            return lambda == null ? null : lambda.getAwsRequestId();
        }
        return null;
    }

    private static String fromApiGateway(RoutingContext context) {
        if (context.request().headers() instanceof QuarkusHttpHeaders headers) {
            APIGatewayV2HTTPEvent.RequestContext lambda = headers.getContextObject(APIGatewayV2HTTPEvent.RequestContext.class);
            if (lambda != null && lambda.getRequestId() != null) {
                return lambda.getRequestId();
            }
        }
        return UUID.randomUUID().toString();
    }
}
