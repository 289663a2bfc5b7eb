package app.slate.testing;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Rows that another function owns, written as that function writes them, for tests of the
 * functions that only read them: accounts (identity-api's) and media assets (media-ingest's).
 */
public final class TestRows {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private TestRows() {
    }

    /** A talent account; with a guardian it is a minor's, with consent if {@code consent} is set. */
    public static UUID account(Pool database, UUID guardian, LocalDate born, OffsetDateTime consent) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO accounts (id, roles, display_name, date_of_birth, guardian_id, guardian_consent_at, sessions_valid_after,
                                              version, created_at, updated_at)
                        VALUES ($1, 'talent', 'Family', $2, $3, $4, $5, 0, $5, $5)""")
                .execute(Tuple.from(new Object[] {id, born, guardian, consent, now})).await().atMost(TIMEOUT);
        return id;
    }

    /** A media asset in the given state, as media-ingest (or the transcode callback) leaves it. */
    public static UUID mediaAsset(Pool database, String ownerId, String kind, String status, String contentType, String originalKey) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO media_assets (id, owner_id, kind, status, declared_type, declared_bytes, upload_key, original_key,
                                                  version, created_at, updated_at)
                        VALUES ($1, $2, $3, $4, $5, 1000, $6, $7, 0, $8, $8)""")
                .execute(Tuple.from(new Object[] {id, ownerId, kind, status, contentType, "uploads/" + id, originalKey, now}))
                .await().atMost(TIMEOUT);
        return id;
    }
}
