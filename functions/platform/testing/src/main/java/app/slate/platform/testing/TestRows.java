package app.slate.platform.testing;

import app.slate.platform.blocking.Await;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Rows that another function owns, written as that function writes them, for tests of the
 * functions that only read them: accounts (identity-api's), media assets (media-ingest's),
 * projects (casting-api's), drafted casting calls (casting-call-ingest's) and plans granted to an
 * account (payments-api's).
 */
public final class TestRows {

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
                .execute(Tuple.from(new Object[] {id, born, guardian, consent, now})).await().atMost(Await.LIMIT);
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
                .await().atMost(Await.LIMIT);
        return id;
    }

    /** A project owned by {@code ownerId}, with no team besides its owner. */
    public static UUID project(Pool database, String ownerId, String title) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO projects (id, owner_id, title, project_type, locations, union_status, confidential, version,
                                              created_at, updated_at)
                        VALUES ($1, $2, $3, 'FILM', '{"items": [{"city": "Manchester", "country": "GB"}]}', 'UNION', false, 0, $4, $4)""")
                .execute(Tuple.of(id, ownerId, title, now)).await().atMost(Await.LIMIT);
        return id;
    }

    /** A pending casting call drafted from a message, as casting-call-ingest leaves it (embedding included). */
    public static UUID castingCallDraft(Pool database, String title, String city, String country) {
        UUID message = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        database.preparedQuery("""
                        INSERT INTO ingestion_messages (id, source, body, content_hash, status, draft_id, received_at, processed_at)
                        VALUES ($1, 'web', $2, $3, 'DRAFTED', $4, $5, $5)""")
                .execute(Tuple.of(message, title, id.toString().replace("-", "") + "00000000000000000000000000000000", id, now))
                .await().atMost(Await.LIMIT);
        database.preparedQuery("""
                        INSERT INTO casting_call_drafts (id, message_id, content_hash, title, company, project_type, city, country, age_min,
                            age_max, genders, pay_amount, pay_currency, pay_period, pay_text, requirements, contact, description, quality,
                            embedding, extracted_by, status, created_at, version)
                        VALUES ($1, $2, $3, $4, 'Northlight Pictures', 'COMMERCIAL', $5, $6, 25, 40, '{"items": ["FEMALE"]}', 400, 'GBP', 'DAY',
                            'GBP 400/day', 'Confident on camera', 'casting@northlight.example', 'A commercial for a coffee chain.', 0.8,
                            '{0.1,0.2,0.3}', 'rules', 'PENDING', $7, 1)""")
                .execute(Tuple.from(new Object[] {id, message, id.toString().replace("-", "") + "11111111111111111111111111111111",
                        title, city, country, now}))
                .await().atMost(Await.LIMIT);
        return id;
    }

    /**
     * A plan of its own with these limits (null is unlimited), granted to the account as an admin
     * grants one, so a test reaches a limit in a few requests without changing anyone else's plan.
     */
    public static void grantedPlan(Pool database, String accountId, Integer submissionsPerMonth, long storageBytes, Integer openRoles) {
        UUID plan = UUID.randomUUID();
        database.preparedQuery("""
                        INSERT INTO billing_plans (id, code, name, audience, tier, status, submissions_per_month, storage_bytes, open_roles,
                                                   priority_placement, featured_badge)
                        VALUES ($1, $2, 'Test', 'ANYONE', 9, 'RETIRED', $3, $4, $5, false, false)""")
                .execute(Tuple.of(plan, "test-" + plan.toString().replace("-", ""), submissionsPerMonth, storageBytes, openRoles)).await().atMost(Await.LIMIT);
        database.preparedQuery("""
                        INSERT INTO billing_subscriptions (id, account_id, plan_id, provider, status, current_period_start)
                        VALUES ($1, $2, $3, 'COMPLIMENTARY', 'ACTIVE', now())""")
                .execute(Tuple.of(UUID.randomUUID(), accountId, plan)).await().atMost(Await.LIMIT);
    }
}
