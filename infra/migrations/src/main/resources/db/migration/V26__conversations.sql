-- Messaging: conversations between a project's casting team and a talent about a submission (and
-- the auditions booked on it) or an invitation to submit, and the team's own threads on a project.
-- Who is in one is not stored: the team is read from casting at every access (a collaborator who
-- leaves loses the project's conversations at once); the talent side is talent_id and, for a minor,
-- their guardian acting for them.
create table conversations (
    id               uuid          primary key,
    project_id       uuid          not null,
    kind             varchar(12)   not null check (kind in ('SUBMISSION', 'INVITATION', 'TEAM')),
    -- The submission, or the role the talent was invited to; null for a team thread.
    subject_id       uuid,
    talent_id        uuid,
    title            varchar(200)  not null,
    opened_by        uuid          not null,
    created_at       timestamptz   not null,
    last_message_at  timestamptz   not null,
    -- The last message's number: messages are numbered in order, one after another, per conversation.
    last_seq         bigint        not null default 0
);
-- One conversation per submission, and per invitation (role and talent); team threads are many.
create unique index conversations_one_per_subject on conversations (kind, subject_id, talent_id) where kind <> 'TEAM';
create index conversations_by_project on conversations (project_id, last_message_at desc);
create index conversations_by_talent on conversations (talent_id, last_message_at desc) where talent_id is not null;

create table conversation_messages (
    id               uuid          primary key,
    conversation_id  uuid          not null references conversations (id) on delete cascade,
    seq              bigint        not null,
    -- Who wrote it (a guardian for a minor), and for which side: TEAM or TALENT.
    sender_id        uuid,
    sender_side      varchar(6)    not null check (sender_side in ('TEAM', 'TALENT')),
    body             varchar(4000),
    attachments      uuid[]        not null default '{}',
    sent_at          timestamptz   not null,
    edited_at        timestamptz,
    -- A deleted message stays as a tombstone (its place in the thread), without its words or files.
    deleted_at       timestamptz,
    -- Moderators' takedown: the message shows their reason instead of its words.
    removed_reason   varchar(500),
    unique (conversation_id, seq)
);
create index conversation_messages_by_sender on conversation_messages (sender_id) where sender_id is not null;
create index conversation_messages_attachments on conversation_messages using gin (attachments);

-- How far each person has read each conversation (a read receipt for the others).
create table conversation_reads (
    conversation_id  uuid          not null references conversations (id) on delete cascade,
    account_id       uuid          not null,
    read_seq         bigint        not null,
    read_at          timestamptz   not null,
    primary key (conversation_id, account_id)
);
create index conversation_reads_by_account on conversation_reads (account_id);

-- Messages can be reported like profiles, roles, accounts and media.
alter table moderation_cases drop constraint moderation_cases_subject_kind_check;
alter table moderation_cases add constraint moderation_cases_subject_kind_check
    check (subject_kind in ('PROFILE', 'ROLE', 'ACCOUNT', 'MEDIA', 'MESSAGE'));

-- Notifications: new messages gather per person and conversation until their window ends.
alter table notification_schedule drop constraint notification_schedule_kind_check;
alter table notification_schedule add constraint notification_schedule_kind_check
    check (kind in ('HELD', 'REMINDER', 'DIGEST', 'LIFECYCLE', 'MESSAGES'));
