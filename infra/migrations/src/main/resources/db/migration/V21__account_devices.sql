-- The devices each account has logged in from, so that a login from one never seen before is
-- audited. A device is a digest of the account and the browser's User-Agent, nothing more: no
-- address, no fingerprinting. Erasure deletes an account's rows.
create table account_devices (
    id          uuid        primary key,
    account_id  uuid        not null,
    first_seen  timestamptz not null,
    last_seen   timestamptz not null
);
create index account_devices_account on account_devices (account_id);
