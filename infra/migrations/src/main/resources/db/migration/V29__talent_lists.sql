-- Casting: talent lists ("favourites"), a casting director's saved list of talent kept across
-- projects and reused across roles. The owner shares a list with the teams of projects they work
-- on: who may read or change it follows those teams (owners and editors change it, viewers read),
-- decided at every request, so a collaborator removed from a project loses the list at once.
create table talent_lists (
    id          uuid         primary key,
    owner_id    varchar(64)  not null,
    name        varchar(80)  not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null
);
create index talent_lists_by_owner on talent_lists (owner_id, created_at);

create table talent_list_projects (
    list_id     uuid not null references talent_lists (id) on delete cascade,
    project_id  uuid not null,
    primary key (list_id, project_id)
);
create index talent_list_projects_by_project on talent_list_projects (project_id);

-- One row per talent on a list; the note is the team's own (erased with the talent's data).
create table talent_list_entries (
    list_id     uuid          not null references talent_lists (id) on delete cascade,
    profile_id  uuid          not null,
    note        varchar(500),
    added_by    varchar(64)   not null,
    added_at    timestamptz   not null,
    primary key (list_id, profile_id)
);
create index talent_list_entries_by_profile on talent_list_entries (profile_id);
