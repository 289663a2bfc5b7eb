-- A Nafath verification started at Authentica: which national ID it is for (as a digest with the
-- account id, so the pending number itself is not kept), and when it started. Authentica's webhook
-- must name the same national ID, or it is not applied.
alter table accounts add column verification_national_id_digest char(64);
alter table accounts add column verification_started_at timestamptz;
