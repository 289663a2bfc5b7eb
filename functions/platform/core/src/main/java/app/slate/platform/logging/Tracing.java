package app.slate.platform.logging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * X-Ray's trace context of the current Lambda invocation. With active tracing, Lambda hands each
 * invocation a trace header ({@code Root=1-…;Parent=…;Sampled=1}), which Quarkus's runtime puts
 * in the system property below for the invocation's duration (one invocation at a time per
 * runtime). The outbox stores it with each event and the relay sends it as the SQS message's
 * {@code AWSTraceHeader}, so the consumers' invocations join the request's trace.
 */
public final class Tracing {

    /** The system property the Lambda runtime keeps the invocation's trace header in. */
    public static final String HEADER_PROPERTY = "com.amazonaws.xray.traceHeader";

    /** The trace id in logging contexts: {@code 1-5759e988-bd862e3fe1be46a994272793}. */
    public static final String TRACE_ID = "traceId";

    private static final Pattern ROOT = Pattern.compile("Root=(1-[0-9a-f]{8}-[0-9a-f]{24})");
    private static final int LONGEST = 256;

    private Tracing() {
    }

    /** The current invocation's trace header, or null outside Lambda (the local cloud) or without tracing. */
    public static String currentHeader() {
        String header = System.getProperty(HEADER_PROPERTY);
        return header == null || header.isBlank() || header.length() > LONGEST ? null : header;
    }

    /** The trace id in a header, or null when it has none. */
    public static String traceId(String header) {
        if (header == null) {
            return null;
        }
        Matcher root = ROOT.matcher(header);
        return root.find() ? root.group(1) : null;
    }
}
