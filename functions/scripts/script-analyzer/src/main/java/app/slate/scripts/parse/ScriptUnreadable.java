package app.slate.scripts.parse;

/** The upload is not a screenplay this format can read; the reason is shown to the casting team. */
public class ScriptUnreadable extends RuntimeException {

    public ScriptUnreadable(String message) {
        super(message);
    }
}
