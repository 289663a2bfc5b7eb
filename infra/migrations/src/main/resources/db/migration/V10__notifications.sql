-- The notifications context's own tables; functions/notifications/domain is their one mapping.

-- How each person is reached, kept from the account events identity publishes, so that an event
-- naming an account id becomes an email without asking identity. updated_at is the time of the
-- account event that last changed the row: an older event arriving late changes nothing.
create table notification_contacts (
    account_id   uuid primary key,
    email        varchar(254),
    display_name varchar(200),
    language     varchar(8)  not null default 'en',
    time_zone    varchar(64) not null default 'UTC',
    deleted_at   timestamptz,
    updated_at   timestamptz not null
);

-- What each person switched off (or back on): one row per category and channel they changed. No row
-- means the category's default. Account and security messages are not a category one can change.
create table notification_preferences (
    account_id uuid        not null,
    category   varchar(24) not null,
    channel    varchar(8)  not null check (channel in ('EMAIL', 'SMS', 'PUSH')),
    enabled    boolean     not null,
    updated_at timestamptz not null default now(),
    primary key (account_id, category, channel)
);

-- Every message Slate sent or tried, one row per event, channel and address. The unique key is what
-- keeps a redelivered event from sending twice; provider_message_id ties the provider's later
-- reports (delivered, bounced, complained) back to the row. recipient is the account the address
-- belongs to, when it belongs to one (an invitation may go to someone not on Slate yet).
create table notification_deliveries (
    id                  uuid primary key,
    event_id            uuid         not null,
    event_type          varchar(80)  not null,
    recipient           uuid,
    channel             varchar(8)   not null check (channel in ('EMAIL', 'SMS', 'PUSH')),
    template            varchar(60)  not null,
    address             varchar(320) not null,
    status              varchar(12)  not null
        check (status in ('QUEUED', 'SENT', 'DELIVERED', 'BOUNCED', 'COMPLAINED', 'FAILED')),
    provider            varchar(20),
    provider_message_id varchar(200),
    attempts            integer      not null default 0,
    last_error          varchar(500),
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    unique (event_id, channel, address)
);
create index notification_deliveries_by_recipient on notification_deliveries (recipient, created_at desc);
create index notification_deliveries_by_provider_id on notification_deliveries (provider_message_id)
    where provider_message_id is not null;

-- Accounts that exist before notifications hears its first account event: a one-time copy, as
-- of each account's last change; from here on only account events write this table.
insert into notification_contacts (account_id, email, display_name, deleted_at, updated_at)
select id, case when deleted_at is null then email end, case when deleted_at is null then display_name end, deleted_at, updated_at
from accounts;

-- Addresses Slate no longer sends to: a permanent bounce or a complaint reported by SES. Kept
-- beside SES's own account-level suppression so that Slate records why a message did not go.
create table notification_suppressions (
    address    varchar(320) primary key,
    reason     varchar(12)  not null check (reason in ('BOUNCE', 'COMPLAINT')),
    created_at timestamptz  not null default now()
);
