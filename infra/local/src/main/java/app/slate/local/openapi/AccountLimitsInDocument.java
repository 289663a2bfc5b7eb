package app.slate.local.openapi;

import app.slate.platform.http.RouteTemplate;
import app.slate.platform.http.auth.PerAccountLimit;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

/**
 * Documents every {@link PerAccountLimit} in the API document, on the route it guards: a 429
 * answer with {@code Retry-After}, and the allowance in words. Read from the same annotation the
 * limit is enforced from, so the document cannot drift from the code (deployed overrides aside).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class AccountLimitsInDocument implements OASFilter {

    private static final DotName LIMIT = DotName.createSimple(PerAccountLimit.class);
    private static final DotName PATH = DotName.createSimple("jakarta.ws.rs.Path");
    private static final List<String> VERBS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");

    private final IndexView index;

    public AccountLimitsInDocument(IndexView index) {
        this.index = index;
    }

    @Override
    public void filterOpenAPI(OpenAPI document) {
        for (AnnotationInstance limit : index.getAnnotations(LIMIT)) {
            if (limit.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = limit.target().asMethod();
            PathItem item = document.getPaths() == null ? null : document.getPaths().getPathItem(pathOf(method));
            Operation operation = item == null ? null : item.getOperations().get(verbOf(method));
            if (operation != null) {
                operation.getResponses().addAPIResponse("429", tooManyRequests(limit));
            }
        }
    }

    private static APIResponse tooManyRequests(AnnotationInstance limit) {
        String name = limit.value("name").asString();
        int requests = limit.value("requests").asInt();
        String allowance = "Over " + requests + " requests " + per(Duration.parse(limit.value("window").asString()))
                + " by one person (an anonymous caller: one address), counted together as `" + name + "`; "
                + "API Gateway may also answer 429 when every caller together goes over the route's limit. Wait `Retry-After` seconds.";
        Schema problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .properties(Map.of(
                        "type", OASFactory.createSchema().addType(Schema.SchemaType.STRING),
                        "title", OASFactory.createSchema().addType(Schema.SchemaType.STRING),
                        "status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER),
                        "detail", OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
        return OASFactory.createAPIResponse()
                .description(allowance)
                .addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds until the allowance starts again")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).minimum(BigDecimal.ONE)))
                .content(OASFactory.createContent().addMediaType("application/problem+json",
                        OASFactory.createMediaType().schema(problem)));
    }

    private static String per(Duration window) {
        if (window.equals(Duration.ofDays(1))) {
            return "a day";
        }
        if (window.equals(Duration.ofHours(1))) {
            return "an hour";
        }
        if (window.equals(Duration.ofMinutes(1))) {
            return "a minute";
        }
        return "in " + window.toSeconds() + " seconds";
    }

    private static PathItem.HttpMethod verbOf(MethodInfo method) {
        return VERBS.stream().filter(verb -> method.hasDeclaredAnnotation(DotName.createSimple("jakarta.ws.rs." + verb)))
                .findFirst().map(PathItem.HttpMethod::valueOf).orElse(null);
    }

    private static String pathOf(MethodInfo method) {
        AnnotationInstance base = method.declaringClass().declaredAnnotation(PATH);
        AnnotationInstance own = method.declaredAnnotation(PATH);
        return RouteTemplate.of(base == null ? null : base.value().asString(), own == null ? null : own.value().asString());
    }
}
