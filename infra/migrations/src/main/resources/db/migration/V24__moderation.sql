-- Moderation. Identity: an account suspended (or banned) by an admin, with the reason it is told.
alter table accounts add column suspended_at timestamptz;
alter table accounts add column suspension_reason varchar(500);
alter table accounts add column banned boolean not null default false;

-- Casting: why a role (or an ingested casting call) was taken down, shown to its team.
alter table casting_roles add column moderation_note varchar(500);

-- Trust: what people report (a profile, a role, an account) and the cases admins review. One case
-- per reported object while it is open; each person's report counts once; more reporters, higher priority.
create table moderation_cases (
    id                uuid         primary key,
    subject_kind      varchar(16)  not null check (subject_kind in ('PROFILE', 'ROLE', 'ACCOUNT')),
    subject_id        uuid         not null,
    status            varchar(12)  not null check (status in ('OPEN', 'DISMISSED', 'ACTIONED')),
    priority          int          not null,
    reports           int          not null,
    first_reported_at timestamptz  not null,
    last_reported_at  timestamptz  not null,
    decided_by        uuid,
    decided_at        timestamptz,
    decision_note     varchar(1000)
);
create unique index moderation_cases_one_open on moderation_cases (subject_kind, subject_id) where status = 'OPEN';
create index moderation_cases_queue on moderation_cases (status, priority desc, last_reported_at);

create table moderation_reports (
    id          uuid          primary key,
    case_id     uuid          not null references moderation_cases (id),
    reporter    uuid          not null,
    reason      varchar(24)   not null,
    details     varchar(2000),
    created_at  timestamptz   not null,
    unique (case_id, reporter)
);
create index moderation_reports_by_reporter on moderation_reports (reporter, created_at);
