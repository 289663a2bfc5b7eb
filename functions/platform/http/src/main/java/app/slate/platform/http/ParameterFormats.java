package app.slate.platform.http;

import app.slate.platform.input.Expected;
import app.slate.platform.problem.ProblemException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Converts path and query parameters strictly and, when one is wrong, says which and what it should
 * look like; JAX-RS alone answers a 404 that names nothing and echoes the Java exception.
 */
@Provider
public class ParameterFormats implements ParamConverterProvider {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.ofEntries(
            Map.entry(UUID.class, ParameterFormats::uuid),
            Map.entry(Integer.class, Integer::valueOf), Map.entry(int.class, Integer::valueOf),
            Map.entry(Long.class, Long::valueOf), Map.entry(long.class, Long::valueOf),
            Map.entry(Double.class, ParameterFormats::finite), Map.entry(double.class, ParameterFormats::finite),
            Map.entry(BigDecimal.class, BigDecimal::new),
            Map.entry(Boolean.class, ParameterFormats::bool), Map.entry(boolean.class, ParameterFormats::bool),
            Map.entry(LocalDate.class, LocalDate::parse), Map.entry(Instant.class, Instant::parse));

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        Function<String, ?> parser = type.isEnum() ? value -> enumConstant(type, value) : PARSERS.get(type);
        String name = nameOf(annotations);
        if (parser == null || name == null) {
            return null;
        }
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                if (value == null) {
                    return null;
                }
                try {
                    return (T) parser.apply(value);
                } catch (RuntimeException e) {
                    throw ProblemException.invalid(name, "must be " + Expected.of(type));
                }
            }

            @Override
            public String toString(T value) {
                return value == null ? null : value.toString();
            }
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return null;
    }

    /** {@link UUID#fromString} takes "1-1-1-1-1"; only the canonical 36-character form is an id. */
    private static UUID uuid(String value) {
        if (value.length() != 36) {
            throw new IllegalArgumentException();
        }
        return UUID.fromString(value);
    }

    private static Double finite(String value) {
        double number = Double.parseDouble(value);
        if (!Double.isFinite(number)) {
            throw new IllegalArgumentException();
        }
        return number;
    }

    private static Boolean bool(String value) {
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException();
        };
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumConstant(Class<?> type, String value) {
        return Enum.valueOf((Class) type, value);
    }
}
