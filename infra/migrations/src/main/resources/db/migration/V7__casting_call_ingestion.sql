-- Casting-call ingestion: raw text from scraped pages and messaging groups, each turned by an
-- LLM into at most one draft casting call; drafts wait for an admin to approve (a public role
-- on the board), edit or reject them. A message repeating a known call (same normalised text,
-- or an extraction whose embedding is close to an existing draft's) only points at it.
create table ingestion_messages (
    id            uuid primary key,
    source        varchar(40)   not null,
    source_ref    varchar(2048),
    body          text          not null,
    content_hash  char(64)      not null,
    status        varchar(12)   not null, -- RECEIVED, DRAFTED, DUPLICATE, NOT_A_CALL
    draft_id      uuid,                   -- the draft it made or repeats
    similarity    numeric(4, 3),          -- to that draft, when a near-duplicate
    received_by   varchar(128),
    received_at   timestamptz   not null,
    processed_at  timestamptz
);
create index ingestion_messages_by_hash on ingestion_messages (content_hash);

create table casting_call_drafts (
    id             uuid primary key,
    message_id     uuid          not null references ingestion_messages (id),
    content_hash   char(64)      not null unique,
    title          varchar(200)  not null,
    company        varchar(200),
    project_type   varchar(16)   not null,
    city           varchar(100),
    country        char(2),
    starts_on      date,
    ends_on        date,
    deadline       timestamptz,
    age_min        integer,
    age_max        integer,
    genders        jsonb         not null, -- {"items": [...]}
    pay_amount     numeric(12, 2),
    pay_currency   char(3),
    pay_period     varchar(8),
    pay_text       varchar(300),
    requirements   varchar(4000),
    contact        varchar(300),
    description    varchar(4000) not null,
    quality        numeric(3, 2) not null,
    embedding      real[]        not null,
    duplicates     integer       not null default 0,
    status         varchar(10)   not null, -- PENDING, APPROVED, REJECTED
    review_note    varchar(500),
    reviewed_by    varchar(128),
    reviewed_at    timestamptz,
    role_id        uuid references casting_roles (id),
    created_at     timestamptz   not null,
    version        bigint        not null
);
create index casting_call_drafts_queue on casting_call_drafts (status, created_at);
