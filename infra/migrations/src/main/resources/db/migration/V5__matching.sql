-- Matching: what the casting team decided about a suggested talent (for tuning the weights:
-- the factor scores and weights the suggestion was shown with are kept beside the decision),
-- and the factor weights a project sets instead of the defaults.
create table match_feedback (
    role_id      uuid          not null references casting_roles (id),
    profile_id   uuid          not null,
    decision     varchar(12)   not null,
    note         varchar(500),
    total        numeric(5, 1) not null,
    similarity   numeric(5, 3) not null,
    factors      jsonb         not null, -- {"items": [{factor, weight, score, contribution, reason}]}
    decided_by   varchar(128)  not null,
    decided_at   timestamptz   not null,
    primary key (role_id, profile_id)
);
create index match_feedback_by_decision on match_feedback (decision, decided_at);

create table match_weights (
    project_id   uuid          primary key references projects (id),
    weights      jsonb         not null, -- {"SALARY_ALIGNMENT": 0.1, ...}
    updated_by   varchar(128)  not null,
    updated_at   timestamptz   not null
);
