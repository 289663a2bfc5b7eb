package app.slate.talent.cv;

/** A file Slate cannot read as a CV: damaged, locked with a password, empty, or too large. The message is for the talent. */
public class CvUnreadable extends RuntimeException {

    public CvUnreadable(String message) {
        super(message);
    }

    public CvUnreadable(String message, Throwable cause) {
        super(message, cause);
    }
}
