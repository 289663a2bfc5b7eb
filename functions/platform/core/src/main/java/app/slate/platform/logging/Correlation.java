package app.slate.platform.logging;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;

/**
 * The correlation id: one id for everything a request caused. It enters with the HTTP request
 * ({@value #HEADER}, when well formed; otherwise a new one), is logged on every line of it, is
 * stored with each outbox event it records, travels with the event (envelope and SQS message
 * attribute), and is put back in the logging context of every consumer that handles the event,
 * whose own events carry it on. It names nobody and holds nothing a client could use.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    /** The logging context's keys, the names the JSON log lines carry under {@code mdc}. */
    public static final String ID = "correlationId";
    public static final String REQUEST = "requestId";
    public static final String LAMBDA_REQUEST = "lambdaRequestId";
    public static final String ROUTE = "route";
    public static final String CALLER = "callerId";
    public static final String EVENT = "eventId";
    public static final String CONSUMER = "consumer";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

    private Correlation() {
    }

    /** The id of the work in progress, or null outside any. */
    public static String current() {
        Object id = MDC.get(ID);
        return id == null ? null : id.toString();
    }

    /** A client's id when it is one (letters, digits, {@code . _ : -}, 8 to 64), else a new one. */
    public static String acceptedOrNew(String offered) {
        return offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
    }

    /** Runs {@code work} with {@code id} as the correlation id (none: left as it is), then restores the one before. */
    public static <T> T within(String id, Supplier<T> work) {
        if (id == null) {
            return work.get();
        }
        Object before = MDC.get(ID);
        MDC.put(ID, id);
        try {
            return work.get();
        } finally {
            if (before == null) {
                MDC.remove(ID);
            } else {
                MDC.put(ID, before);
            }
        }
    }
}
