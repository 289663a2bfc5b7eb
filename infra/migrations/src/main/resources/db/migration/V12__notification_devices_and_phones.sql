-- Browsers and phones that subscribed to web push (RFC 8030): one row per subscription. The
-- endpoint is the push service's URL for that subscription; p256dh and auth are the browser's
-- keys that each message is encrypted to (RFC 8291). A subscription the push service says is gone
-- (404 or 410) is deleted, and so is one whose owner removes it.
create table notification_devices (
    id           uuid primary key,
    account_id   uuid          not null,
    endpoint     varchar(2048) not null unique,
    p256dh       varchar(100)  not null,
    auth         varchar(40)   not null,
    label        varchar(120),
    created_at   timestamptz   not null default now(),
    last_push_at timestamptz
);
create index notification_devices_by_account on notification_devices (account_id);

-- The mobile number each person verified for SMS (E.164). A number is used only once its owner
-- proved they hold it with a code sent to it: only the code's hash is kept, for ten minutes and
-- five tries; at most five codes go out per hour.
create table notification_phones (
    account_id        uuid primary key,
    number            varchar(16)  not null,
    verified_at       timestamptz,
    code_hash         varchar(64),
    code_expires_at   timestamptz,
    attempts          integer      not null default 0,
    codes_sent        integer      not null default 0,
    window_started_at timestamptz  not null default now(),
    updated_at        timestamptz  not null default now()
);
