package app.slate.platform.http;

import app.slate.platform.problem.Problem;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * A path that no function serves still gets problem details: this route runs last, after every
 * resource had its chance.
 */
@ApplicationScoped
public class UnmatchedRoutes {

    private final ObjectMapper json;

    public UnmatchedRoutes(ObjectMapper json) {
        this.json = json;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(context -> {
            Problem problem = Problem.of("not-found", "Not Found", 404,
                    "No route for " + context.request().method() + " " + context.normalizedPath(), List.of());
            try {
                context.response().setStatusCode(404).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(json.writeValueAsString(problem));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                context.fail(e);
            }
        });
    }
}
