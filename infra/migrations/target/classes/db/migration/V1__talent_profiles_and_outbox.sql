-- Talent profiles: the fields that other services join or filter on are columns; the long,
-- list-shaped parts of a profile (languages, skills, credits, calendar...) live in one JSONB
-- document validated by the API, because nothing queries them relationally: search is
-- OpenSearch's job.
create table talent_profiles (
    id              uuid primary key,
    owner_id        varchar(128) not null unique,
    version         bigint       not null,
    published       boolean      not null default false,
    display_name    varchar(120) not null,
    date_of_birth   date         not null,
    country         char(2)      not null,
    union_status    varchar(16)  not null,
    details         jsonb        not null,
    created_at      timestamptz  not null,
    updated_at      timestamptz  not null
);

create table portfolio_items (
    id              uuid primary key,
    profile_id      uuid         not null references talent_profiles (id) on delete cascade,
    kind            varchar(16)  not null,
    title           varchar(120) not null,
    media_asset_id  uuid,
    external_url    varchar(2048),
    position        integer      not null,
    is_primary      boolean      not null default false,
    created_at      timestamptz  not null
);
create index portfolio_items_by_profile on portfolio_items (profile_id, position);
-- At most one primary headshot per profile, whatever races between two requests.
create unique index portfolio_one_primary on portfolio_items (profile_id) where is_primary;

-- The transactional outbox: written in the same transaction as the change it describes.
-- The relay claims rows for a short lease, publishes them, then stamps published_at, so a
-- crash between publishing and stamping republishes (consumers are idempotent) and never loses.
create table outbox_events (
    id              uuid primary key,
    seq             bigserial    not null unique,
    event_type      varchar(100) not null,
    aggregate_type  varchar(50)  not null,
    aggregate_id    varchar(128) not null,
    payload         jsonb        not null,
    occurred_at     timestamptz  not null,
    claimed_until   timestamptz,
    attempts        integer      not null default 0,
    last_error      text,
    published_at    timestamptz
);
create index outbox_pending on outbox_events (seq) where published_at is null;
