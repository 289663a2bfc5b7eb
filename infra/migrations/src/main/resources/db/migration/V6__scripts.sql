-- Script analysis: an uploaded screenplay (kept in S3 under scripts/), its breakdown once
-- script-analyzer has read it, and the roles drafted from its characters, each approved into a
-- role of the project or left as a draft.
create table scripts (
    id            uuid primary key,
    project_id    uuid          not null references projects (id),
    title         varchar(200)  not null,
    format        varchar(12)   not null,
    source_key    varchar(300)  not null,
    size_bytes    bigint        not null,
    status        varchar(12)   not null,
    failure       varchar(500),
    scenes        integer,
    characters    jsonb, -- {"items": [{name, lines, words, scenes, firstScene, introduction, extensions, sampleLines}]}
    drafted_by    varchar(16),
    uploaded_by   varchar(128)  not null,
    created_at    timestamptz   not null,
    analysed_at   timestamptz
);
create index scripts_by_project on scripts (project_id, created_at);

create table script_role_drafts (
    id              uuid primary key,
    script_id       uuid          not null references scripts (id) on delete cascade,
    character_name  varchar(120)  not null,
    position        integer       not null,
    kind            varchar(16)   not null,
    age_min         integer,
    age_max         integer,
    gender          varchar(24),
    description     varchar(4000) not null,
    status          varchar(10)   not null,
    role_id         uuid references casting_roles (id),
    updated_at      timestamptz   not null,
    unique (script_id, character_name)
);
