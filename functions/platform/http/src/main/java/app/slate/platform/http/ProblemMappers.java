package app.slate.platform.http;

import app.slate.platform.input.JsonProblems;
import app.slate.platform.problem.ConflictCauses;
import app.slate.platform.problem.OutageCauses;
import app.slate.platform.problem.FieldError;
import app.slate.platform.problem.Problem;
import app.slate.platform.problem.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into problem details, so that a client's mistake is never a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    private final Instance<ConflictCauses> conflicts;
    private final Instance<OutageCauses> outages;

    public ProblemMappers(Instance<ConflictCauses> conflicts, Instance<OutageCauses> outages) {
        this.conflicts = conflicts;
        this.outages = outages;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        Response.ResponseBuilder answer = Response.fromResponse(respond(e.problem()));
        e.headers().forEach(answer::header);
        return answer.build();
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(parameterNameOf(violation).orElse(fieldOf(violation.getPropertyPath())), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return respond(ProblemException.invalid(errors).problem());
    }

    /** Listed one by one: Quarkus has its own mapper for some of these, and the nearest type wins. */
    @ServerExceptionMapper({UnrecognizedPropertyException.class, InvalidFormatException.class,
            MismatchedInputException.class, JsonProcessingException.class})
    public Response unreadable(JsonProcessingException e) {
        return respond(JsonProblems.describe(e));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthenticated(RuntimeException e) {
        return Response.fromResponse(respond(Problem.of("unauthenticated", "Unauthorized", 401,
                        "A valid bearer token is required.", List.of())))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return respond(Problem.of("forbidden", "Forbidden", 403, "Your role does not allow this.", List.of()));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadable(unreadable);
        }
        if (e.getCause() instanceof ProblemException named) {
            return problem(named); // a parameter converter named the parameter; JAX-RS wrapped it in a 404 or 400
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter does not convert; it is the client's typo.
            return respond(Problem.of("invalid-parameter", "Invalid parameter", 400,
                    "A path or query parameter has the wrong format.", List.of()));
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Error" : known.getReasonPhrase();
        return respond(Problem.of(title.toLowerCase().replace(' ', '-'), title, status, e.getMessage(), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e) {
        if (conflicts.stream().anyMatch(causes -> causes.isConflict(e))) {
            return respond(Problem.of("conflict", "Conflict", 409,
                    "Someone changed this at the same moment; read it again and retry.", List.of()));
        }
        if (outages.stream().anyMatch(causes -> causes.isOutage(e))) {
            LOG.warnf("A backing service is unreachable: %s", e.getMessage());
            return problem(ProblemException.unavailable("Part of Slate this answer needs is unavailable for a moment; try again shortly.",
                    BackingServiceDown.RETRY_AFTER));
        }
        LOG.error("Unexpected failure", e);
        return respond(Problem.of("internal", "Internal Server Error", 500,
                "Something went wrong on our side; it has been logged.", List.of()));
    }

    public static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A query object's field ({@code genders}) is named as the client wrote it ({@code gender}). */
    private static Optional<String> parameterNameOf(ConstraintViolation<?> violation) {
        Object bean = violation.getLeafBean();
        String property = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PROPERTY) {
                property = node.getName();
            }
        }
        if (bean == null || property == null) {
            return Optional.empty();
        }
        try {
            QueryParam query = bean.getClass().getField(property).getAnnotation(QueryParam.class);
            return Optional.ofNullable(query).map(QueryParam::value);
        } catch (NoSuchFieldException e) {
            return Optional.empty();
        }
    }

    /**
     * Bean Validation names a field from the resource method down ({@code create.profile.languages[0].proficiency});
     * the client knows only its own body or query parameter, so the method and body parameter go.
     */
    private static String fieldOf(Path path) {
        List<Path.Node> nodes = new ArrayList<>();
        path.forEach(nodes::add);
        int skip = 0;
        if (!nodes.isEmpty() && nodes.get(0).getKind() == ElementKind.METHOD) {
            skip = nodes.size() > 2 ? 2 : 1;
        }
        String field = path.toString().replace(".<list element>", "").replace(".<iterable element>", "").replace("[]", "");
        for (int i = 0; i < skip; i++) {
            field = field.substring(field.indexOf('.') + 1);
        }
        return field;
    }
}
