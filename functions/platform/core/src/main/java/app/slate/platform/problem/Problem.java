package app.slate.platform.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** An RFC 9457 problem details body: the one shape of every error Slate answers with. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://slate.app/problems/";

    public static Problem of(String kind, String title, int status, String detail, List<FieldError> errors) {
        return new Problem(TYPE_BASE + kind, title, status, detail, errors);
    }
}
