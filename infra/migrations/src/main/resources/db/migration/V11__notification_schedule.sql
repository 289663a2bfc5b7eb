-- Messages that wait: held through someone's quiet hours, reminders before an audition or a
-- self-tape deadline, and the casting team's digest of new submissions. The schedule function
-- sweeps rows whose time has come. An open row (not yet claimed by a sweep) is unique by its key,
-- so a booking that moves moves its reminder, and each new submission joins the digest still
-- gathering; once a sweep has claimed a row, whatever arrives next starts a new one.
create table notification_schedule (
    id          uuid primary key,
    kind        varchar(12)  not null check (kind in ('HELD', 'REMINDER', 'DIGEST')),
    key         varchar(200) not null,
    due_at      timestamptz  not null,
    payload     jsonb        not null,
    attempts    integer      not null default 0,
    claimed_at  timestamptz,
    lease_until timestamptz,
    done_at     timestamptz,
    outcome     varchar(10) check (outcome in ('SENT', 'CANCELLED', 'FAILED')),
    last_error  varchar(500),
    created_at  timestamptz  not null default now()
);
create unique index notification_schedule_open on notification_schedule (key) where claimed_at is null and done_at is null;
create index notification_schedule_due on notification_schedule (due_at) where done_at is null;

-- Quiet hours, in the person's own time zone: on by default, 21:00 to 08:00.
alter table notification_contacts
    add column quiet_hours boolean not null default true,
    add column quiet_from  time    not null default '21:00',
    add column quiet_until time    not null default '08:00';

-- Calendar invitations Slate has sent, one per audition booking (a submission's round): the UID
-- stays when the booking moves or is cancelled, and SEQUENCE rises with each change, so calendars
-- update the one event rather than adding another. attendees are the accounts that may download it.
create table notification_calendar (
    uid         varchar(120) primary key,
    sequence    integer      not null,
    status      varchar(10)  not null check (status in ('CONFIRMED', 'CANCELLED')),
    starts_at   timestamptz  not null,
    minutes     integer      not null,
    summary     varchar(400) not null,
    location    varchar(500),
    url         varchar(500),
    attendees   text[]       not null,
    changed_at  timestamptz  not null,
    last_event  uuid         not null
);
create index notification_calendar_attendees on notification_calendar using gin (attendees);
