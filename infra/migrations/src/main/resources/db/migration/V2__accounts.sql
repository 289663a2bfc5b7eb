-- Accounts: who may log in, with which roles. Emails are stored normalised (trimmed, lower
-- case) so that uniqueness means what a person expects. A deleted account keeps its row (the
-- id stays referenced by profiles and submissions) but loses its email and password.
create table accounts (
    id                      uuid primary key,
    email                   varchar(254) unique,
    password_hash           varchar(200),
    roles                   varchar(64)  not null,
    display_name            varchar(120) not null,
    date_of_birth           date,
    email_verified_at       timestamptz,
    -- Refresh-token families issued before this instant are dead (password reset, deletion).
    sessions_valid_after    timestamptz  not null,
    -- A minor's account is run by a guardian; the consent is theirs, recorded once.
    guardian_id             uuid references accounts (id),
    guardian_consent_at     timestamptz,
    guardian_consent_text   varchar(64),
    -- Linked account at the external identity provider (Clerk) and its last applied change.
    external_id             varchar(128) unique,
    external_updated_at     bigint,
    -- National-ID verification (Nafath through Authentica): valid for twelve months.
    national_id             varchar(32),
    national_id_verified_at timestamptz,
    national_id_expires_at  timestamptz,
    verification_transaction varchar(128),
    deleted_at              timestamptz,
    version                 bigint       not null,
    created_at              timestamptz  not null,
    updated_at              timestamptz  not null
);
create index accounts_by_guardian on accounts (guardian_id) where guardian_id is not null;
create unique index accounts_by_national_id on accounts (national_id) where national_id is not null;

-- Single-use, expiring tokens sent by email (verification, password reset). Only a hash is
-- kept, so a database read does not hand out working links.
create table account_tokens (
    token_hash   char(64)    primary key,
    account_id   uuid        not null references accounts (id),
    purpose      varchar(24) not null,
    expires_at   timestamptz not null,
    used_at      timestamptz,
    created_at   timestamptz not null
);
create index account_tokens_by_account on account_tokens (account_id, purpose);
