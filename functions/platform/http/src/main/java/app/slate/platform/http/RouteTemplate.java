package app.slate.platform.http;

/** A route as declared: a resource class's {@code @Path} and its method's, joined ({@code /talent-lists/{id}/talent}). */
public final class RouteTemplate {

    private RouteTemplate() {
    }

    /** Either part may be null or empty; the result is at least {@code /}. */
    public static String of(String classPath, String methodPath) {
        String path = slashed(classPath) + slashed(methodPath);
        return path.isEmpty() ? "/" : path;
    }

    private static String slashed(String part) {
        if (part == null) {
            return "";
        }
        String trimmed = part.endsWith("/") ? part.substring(0, part.length() - 1) : part;
        return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }
}
