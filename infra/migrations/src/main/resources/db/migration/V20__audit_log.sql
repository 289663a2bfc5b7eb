-- The trust context's audit log: an append-only record of sensitive actions, each entry carrying
-- the hash of the one before it, so that changing or removing an entry breaks the chain from there
-- on. functions/trust/domain is the one code that writes these tables.

-- People appear in the log only by pseudonym. Each person's row also holds the key that seals what
-- the log keeps about them (the object acted on, the address acted from). Erasing a person deletes
-- their row: the entries, and so their hashes, stay as they were, but no longer lead to anyone.
create table audit_people (
    account_id uuid        primary key,
    pseudonym  varchar(32) not null unique,
    seal_key   bytea       not null
);

create table audit_log (
    seq             bigint       primary key,
    event_id        uuid         not null unique,
    at              timestamptz  not null,
    action          varchar(48)  not null,
    actor           varchar(32),
    acting_guardian varchar(32),
    subject         varchar(32),
    target_kind     varchar(40),
    -- AES-GCM under the subject's key (the actor's when the action concerns nobody): the object and what changed.
    sealed_object   text,
    -- AES-GCM under the actor's key (the subject's for an anonymous visitor): the source address.
    sealed_source   text,
    request_id      varchar(100),
    previous_hash   char(64)     not null,
    hash            char(64)     not null
);
create index audit_log_actor on audit_log (actor, seq) where actor is not null;
create index audit_log_subject on audit_log (subject, seq) where subject is not null;
create index audit_log_action on audit_log (action, seq);
create index audit_log_at on audit_log (at);

-- Where the chain starts: the last entry retention removed (seq 0 and sixty-four zeros before any).
create table audit_anchor (
    id   smallint primary key check (id = 1),
    seq  bigint   not null,
    hash char(64) not null
);
insert into audit_anchor (id, seq, hash) values (1, 0, repeat('0', 64));

-- Append-only: no entry changes, and only entries at or before the anchor (moved first by the
-- retention job, in the same transaction) may be deleted.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception 'audit_log is append-only';
    end if;
    if old.seq > (select seq from audit_anchor where id = 1) then
        raise exception 'audit_log entries after the anchor cannot be deleted';
    end if;
    return old;
end $$;
create trigger audit_log_append_only before update or delete on audit_log
    for each row execute function audit_log_append_only();
