package app.slate.platform.problem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** A client-facing failure with its HTTP status; the mapper turns it into problem details. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    /** Headers the answer must carry, such as {@code Retry-After} or {@code WWW-Authenticate}. */
    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of("not-found", "Not Found", 404, detail, List.of()));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Problem.of("conflict", "Conflict", 409, detail, List.of()));
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(Problem.of("forbidden", "Forbidden", 403, detail, List.of()));
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(Problem.of("unauthenticated", "Unauthorized", 401, detail, List.of()),
                Map.of("WWW-Authenticate", "Bearer"));
    }

    public static ProblemException unprocessable(String kind, String detail) {
        return new ProblemException(Problem.of(kind, "Unprocessable Content", 422, detail, List.of()));
    }

    /** 429 with {@code Retry-After} in whole seconds, never less than one. */
    public static ProblemException tooManyRequests(String detail, Duration retryAfter) {
        return new ProblemException(Problem.of("too-many-requests", "Too Many Requests", 429, detail, List.of()), retryAfter(retryAfter));
    }

    /** 503 with {@code Retry-After}: something the answer needs cannot be reached for the moment. */
    public static ProblemException unavailable(String detail, Duration retryAfter) {
        return new ProblemException(Problem.of("unavailable", "Service Unavailable", 503, detail, List.of()), retryAfter(retryAfter));
    }

    private static Map<String, String> retryAfter(Duration wait) {
        return Map.of("Retry-After", Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    public static ProblemException invalid(List<FieldError> errors) {
        return new ProblemException(Problem.of("validation", "Invalid request", 400,
                "The request has " + errors.size() + " invalid field(s).", errors));
    }
}
