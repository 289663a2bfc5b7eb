package app.slate.migrations;

import org.flywaydb.core.Flyway;

/**
 * Applies the versioned schema under {@code db/migration}. Functions never migrate at start-up:
 * the local cloud and the tests call {@link #apply}, and a deploy runs {@link #main} once
 * against the production database before the new functions take traffic.
 */
public final class SchemaMigrations {

    private SchemaMigrations() {
    }

    public static int apply(String jdbcUrl, String user, String password) {
        return Flyway.configure()
                .dataSource(jdbcUrl, user, password)
                .locations("classpath:db/migration")
                .load()
                .migrate()
                .migrationsExecuted;
    }

    /** Deploy step: {@code DATABASE_JDBC_URL}, {@code DATABASE_USER} and {@code DATABASE_PASSWORD} name the target. */
    public static void main(String[] args) {
        String url = required("DATABASE_JDBC_URL");
        int applied = apply(url, required("DATABASE_USER"), required("DATABASE_PASSWORD"));
        System.out.printf("Applied %d migration(s) to %s%n", applied, url);
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " must be set");
        }
        return value;
    }
}
