-- Lifecycle journeys (welcome, profile nudge, re-engagement) wait in the schedule like reminders.
alter table notification_schedule drop constraint notification_schedule_kind_check;
alter table notification_schedule add constraint notification_schedule_kind_check
    check (kind in ('HELD', 'REMINDER', 'DIGEST', 'LIFECYCLE'));

-- What the journeys' steps look at when their time comes: who the person is on Slate (talent or
-- casting), how complete their profile is, and the last day they used the app (their inbox was read).
create table notification_lifecycle (
    account_id     uuid primary key,
    audience       varchar(8)  not null default 'any',
    completeness   integer,
    last_active_on date,
    updated_at     timestamptz not null default now()
);
