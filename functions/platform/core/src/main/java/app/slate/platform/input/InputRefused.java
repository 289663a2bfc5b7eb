package app.slate.platform.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A value of the right JSON type that Slate's input rules refuse; its message is what a person reads. */
public final class InputRefused extends MismatchedInputException {

    private final String expectation;

    InputRefused(JsonParser parser, String expectation) {
        super(parser, expectation, String.class);
        this.expectation = expectation;
    }

    public String expectation() {
        return expectation;
    }
}
