-- Search: saved searches and their alerts. A casting director's talent search or a talent's
-- role-board search, kept with the query string it was saved from and the OpenSearch query it stands
-- for (also held as a percolator document carrying `version`, so a stale document never alerts).
create table saved_searches (
    id            uuid          primary key,
    owner_id      uuid          not null,
    kind          varchar(6)    not null check (kind in ('TALENT', 'ROLE')),
    name          varchar(80)   not null,
    query_string  varchar(2000) not null,
    percolator    jsonb         not null,
    frequency     varchar(7)    not null check (frequency in ('INSTANT', 'DAILY', 'WEEKLY')),
    paused        boolean       not null,
    version       bigint        not null,
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null
);
create index saved_searches_by_owner on saved_searches (owner_id, kind, created_at);

-- One row per search and matched object: the reason a search never alerts twice about one profile
-- or role. WITHDRAWN: it stopped matching before its digest went (it may match again).
create table saved_search_alerts (
    search_id   uuid         not null references saved_searches (id) on delete cascade,
    object_id   uuid         not null,
    status      varchar(9)   not null check (status in ('MATCHED', 'WITHDRAWN')),
    matched_at  timestamptz  not null,
    primary key (search_id, object_id)
);
create index saved_search_alerts_by_object on saved_search_alerts (object_id) where status = 'MATCHED';

-- Notifications: matches gather per saved search until its daily or weekly digest is due.
alter table notification_schedule drop constraint notification_schedule_kind_check;
alter table notification_schedule add constraint notification_schedule_kind_check
    check (kind in ('HELD', 'REMINDER', 'DIGEST', 'LIFECYCLE', 'MESSAGES', 'SAVED_SEARCH'));
