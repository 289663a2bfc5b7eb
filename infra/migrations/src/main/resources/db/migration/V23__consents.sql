-- The trust context's consent records: each purpose people are asked to consent to, in its current
-- version, and every consent given or withdrawn, never changed afterwards (the latest per person and
-- purpose is what holds). functions/trust/domain is the one code that writes them.
create table consent_purposes (
    purpose         varchar(32) primary key,
    version         varchar(64) not null,
    -- A new version asks everyone again (terms, privacy policy, guardians' consent); otherwise a
    -- consent given to an older version still holds.
    renew_on_change boolean     not null,
    -- What holds for someone with no record: the talent who registered to be found (public profile,
    -- AI matching) until they withdraw; nothing else is assumed.
    default_given   boolean     not null,
    published_at    timestamptz not null
);
insert into consent_purposes (purpose, version, renew_on_change, default_given, published_at) values
    ('TERMS', '2026-11', true, false, now()),
    ('PRIVACY_POLICY', '2026-11', true, false, now()),
    ('MARKETING_MESSAGES', '2026-11', false, false, now()),
    ('AI_MATCHING', '2026-11', false, true, now()),
    ('PUBLIC_PROFILE', '2026-11', false, true, now()),
    ('GUARDIAN_CONSENT', 'minors-2026-11', true, false, now());

create table consent_records (
    id              uuid         primary key,
    account_id      uuid         not null,
    purpose         varchar(32)  not null references consent_purposes (purpose),
    version         varchar(64)  not null,
    given           boolean      not null,
    source          varchar(16)  not null check (source in ('REGISTRATION', 'SETTINGS', 'GUARDIAN', 'ADMIN')),
    acting_guardian uuid,
    request_id      varchar(100),
    at              timestamptz  not null
);
create index consent_records_latest on consent_records (account_id, purpose, at desc);
