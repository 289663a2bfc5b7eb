package app.slate.platform.privacy;

/**
 * One line of an erasure receipt: in {@code store}, {@code count} {@code what} were deleted or,
 * where a record must stay coherent for others (a project's pipeline, a tax record), anonymised.
 * Lines never name the person.
 */
public record ErasureLine(String store, String what, String action, long count) {

    public static final String DELETED = "deleted";
    public static final String ANONYMISED = "anonymised";

    public static ErasureLine deleted(String store, String what, long count) {
        return new ErasureLine(store, what, DELETED, count);
    }

    public static ErasureLine anonymised(String store, String what, long count) {
        return new ErasureLine(store, what, ANONYMISED, count);
    }
}
