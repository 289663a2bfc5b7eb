-- Casting: projects and their team, roles (breakdowns), submissions with their status history,
-- the team's notes and shortlists, self-tape requests and audition slots. User ids are the
-- token subjects (account ids), as in talent_profiles.owner_id.
create table projects (
    id                  uuid primary key,
    owner_id            varchar(128) not null,
    title               varchar(200) not null,
    project_type        varchar(16)  not null,
    production_company  varchar(200),
    starts_on           date,
    ends_on             date,
    locations           jsonb        not null, -- {"items": [...]}
    union_status        varchar(16)  not null,
    confidential        boolean      not null,
    logline             varchar(2000),
    version             bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
create index projects_by_owner on projects (owner_id);

-- The project's team besides its owner. An invitation is by email; it grants access only once
-- the account holding that (verified) email accepts it.
create table project_collaborators (
    project_id   uuid         not null references projects (id) on delete cascade,
    email        varchar(254) not null,
    account_id   varchar(128),
    access       varchar(8)   not null,
    invited_by   varchar(128) not null,
    invited_at   timestamptz  not null,
    accepted_at  timestamptz,
    primary key (project_id, email)
);
create unique index collaborators_by_account on project_collaborators (project_id, account_id) where account_id is not null;
create index collaborators_by_email on project_collaborators (email) where accepted_at is null;

create table casting_roles (
    id            uuid primary key,
    project_id    uuid         not null references projects (id),
    name          varchar(120) not null,
    status        varchar(8)   not null,
    visibility    varchar(8)   not null,
    deadline      timestamptz  not null,
    details       jsonb        not null,
    closed_reason varchar(16),
    version       bigint       not null,
    created_at    timestamptz  not null,
    updated_at    timestamptz  not null
);
create index casting_roles_by_project on casting_roles (project_id);
-- What the deadline job scans: open roles by deadline.
create index casting_roles_open_by_deadline on casting_roles (deadline) where status = 'OPEN';

-- Talent invited to a role whose visibility is INVITED (and welcome on a public one too).
create table role_invitations (
    role_id     uuid         not null references casting_roles (id) on delete cascade,
    talent_id   varchar(128) not null,
    invited_by  varchar(128) not null,
    invited_at  timestamptz  not null,
    primary key (role_id, talent_id)
);

create table submissions (
    id                  uuid primary key,
    role_id             uuid         not null references casting_roles (id),
    talent_id           varchar(128) not null,
    talent_profile_id   uuid         not null,
    status              varchar(24)  not null,
    note                varchar(2000),
    portfolio_item_ids  jsonb        not null, -- {"itemIds": [...]}
    submitted_by        varchar(128) not null,
    version             bigint       not null,
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null
);
-- One active submission per talent per role, whatever two requests race; a withdrawn one
-- leaves room for a new one.
create unique index submissions_one_active on submissions (role_id, talent_id) where status <> 'WITHDRAWN';
create index submissions_by_role on submissions (role_id, created_at);
-- The monthly allowance counts a talent's submissions by creation time.
create index submissions_by_talent on submissions (talent_id, created_at);

-- Every status change, who made it and why: the submission's history.
create table submission_status_events (
    id             uuid primary key,
    submission_id  uuid         not null references submissions (id),
    from_status    varchar(24),
    to_status      varchar(24)  not null,
    actor_id       varchar(128) not null,
    reason         varchar(500),
    occurred_at    timestamptz  not null
);
create index submission_status_events_by_submission on submission_status_events (submission_id, occurred_at);

-- The casting team's private notes and ratings; talent never read them.
create table submission_notes (
    id             uuid primary key,
    submission_id  uuid         not null references submissions (id),
    author_id      varchar(128) not null,
    body           varchar(4000),
    rating         smallint check (rating between 1 and 5),
    created_at     timestamptz  not null
);
create index submission_notes_by_submission on submission_notes (submission_id, created_at);

create table shortlists (
    id          uuid primary key,
    role_id     uuid         not null references casting_roles (id),
    name        varchar(120) not null,
    created_by  varchar(128) not null,
    created_at  timestamptz  not null,
    unique (role_id, name)
);

create table shortlist_entries (
    shortlist_id   uuid         not null references shortlists (id) on delete cascade,
    submission_id  uuid         not null references submissions (id),
    added_by       varchar(128) not null,
    added_at       timestamptz  not null,
    primary key (shortlist_id, submission_id)
);

create table self_tape_requests (
    id              uuid primary key,
    submission_id   uuid          not null references submissions (id),
    instructions    varchar(4000) not null,
    deadline        timestamptz   not null,
    sides_document  varchar(2048),
    status          varchar(12)   not null,
    media_item_id   uuid,
    decline_reason  varchar(500),
    requested_by    varchar(128)  not null,
    version         bigint        not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null
);
create index self_tape_requests_by_submission on self_tape_requests (submission_id);
create index self_tape_requests_due on self_tape_requests (deadline) where status in ('INVITED', 'CONFIRMED');

-- Audition slots, in UTC with the zone they were planned in. A slot holds at most one booking
-- (a conditional update), and a submission at most one live slot per round (this index).
create table audition_slots (
    id                uuid primary key,
    role_id           uuid          not null references casting_roles (id),
    round             integer       not null,
    starts_at         timestamptz   not null,
    duration_minutes  integer       not null,
    mode              varchar(12)   not null,
    time_zone         varchar(64)   not null,
    location          varchar(300),
    meeting_url       varchar(2048),
    submission_id     uuid references submissions (id),
    booked_by         varchar(128),
    booked_at         timestamptz,
    cancelled_at      timestamptz,
    created_by        varchar(128)  not null,
    version           bigint        not null,
    created_at        timestamptz   not null
);
create index audition_slots_by_role on audition_slots (role_id, round, starts_at);
create unique index audition_one_slot_per_round on audition_slots (role_id, round, submission_id)
    where submission_id is not null and cancelled_at is null;
