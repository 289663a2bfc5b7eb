package app.slate.platform.http;

import app.slate.platform.input.Text;
import app.slate.platform.problem.ProblemException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** A path or query parameter is one line of text: the {@link Text} rule holds for every one, by name. */
public class ParameterText {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        parameters.forEach((name, values) -> values.forEach(value -> Text.refusal(value, false).ifPresent(refusal -> {
            throw ProblemException.invalid(name, refusal);
        })));
    }
}
