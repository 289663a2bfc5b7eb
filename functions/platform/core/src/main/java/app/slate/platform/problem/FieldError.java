package app.slate.platform.problem;

/** One invalid field of a request, named by its JSON path (e.g. {@code languages[0].proficiency}). */
public record FieldError(String field, String message) {
}
