-- Trust: people's requests to be erased and to export their data.

-- An erasure waits out its grace period (SCHEDULED, cancellable), then runs (RUNNING: each area's
-- receipt lines are kept as they finish, so a crash resumes where it stopped) and ends DONE with a
-- signed receipt. Once done, the row no longer names the account: the request id, given to the
-- person when they asked, is what finds the receipt.
create table erasure_requests (
    id             uuid          primary key,
    account_id     uuid,
    status         varchar(12)   not null check (status in ('SCHEDULED', 'RUNNING', 'DONE', 'CANCELLED')),
    source         varchar(20)   not null check (source in ('SELF', 'GUARDIAN', 'ADMIN', 'IDENTITY_PROVIDER', 'RETENTION')),
    requested_at   timestamptz   not null,
    due_at         timestamptz   not null,
    started_at     timestamptz,
    completed_at   timestamptz,
    cancelled_at   timestamptz,
    lines          jsonb         not null default '{}'::jsonb,
    receipt        jsonb,
    signature      text,
    check (status = 'DONE' or account_id is not null)
);
create unique index erasure_requests_one_open on erasure_requests (account_id) where status in ('SCHEDULED', 'RUNNING');
create index erasure_requests_due on erasure_requests (due_at) where status = 'SCHEDULED';

-- An export: prepared in the background into one ZIP in the media bucket (exports/), downloadable by
-- its owner through a short-lived signed link until it expires, then deleted with its object.
create table data_exports (
    id            uuid          primary key,
    account_id    uuid          not null,
    requested_by  uuid          not null,
    status        varchar(12)   not null check (status in ('PREPARING', 'READY', 'FAILED', 'EXPIRED')),
    object_key    varchar(300),
    size_bytes    bigint,
    requested_at  timestamptz   not null,
    ready_at      timestamptz,
    expires_at    timestamptz
);
create index data_exports_by_account on data_exports (account_id, requested_at desc);
create index data_exports_expiring on data_exports (expires_at) where status = 'READY';

-- Moderation: a media item (a photo, a reel) can be reported too.
alter table moderation_cases drop constraint moderation_cases_subject_kind_check;
alter table moderation_cases add constraint moderation_cases_subject_kind_check
    check (subject_kind in ('PROFILE', 'ROLE', 'ACCOUNT', 'MEDIA'));

-- Retention: delivery logs are pruned by age; dead uploads by status and age.
create index notification_deliveries_by_time on notification_deliveries (created_at);
create index media_assets_dead on media_assets (updated_at) where status in ('REJECTED', 'FAILED', 'DELETED', 'AWAITING_UPLOAD');
