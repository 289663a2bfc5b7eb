package app.slate.platform.input;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a value of a Java type looks like to someone writing JSON or a URL. */
public final class Expected {

    private Expected() {
    }

    public static String of(Class<?> type) {
        if (type == null) {
            return "a value of another type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == LocalDate.class) {
            return "a date such as 2026-12-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class || type == LocalDateTime.class) {
            return "a date and time such as 2026-12-31T18:30:00Z";
        }
        if (type == LocalTime.class) {
            return "a time such as 18:30";
        }
        if (type == Duration.class) {
            return "a duration such as PT30M";
        }
        if (ZoneId.class.isAssignableFrom(type)) {
            return "a time zone such as Europe/London";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == URI.class) {
            return "a URL";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object" : "a value of another type";
    }

    /** The range a whole number must fall in, for a number too large for its field. */
    static String rangeOf(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "in range";
    }
}
