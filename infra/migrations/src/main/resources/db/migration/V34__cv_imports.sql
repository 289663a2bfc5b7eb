-- A talent's CV read into proposed profile fields (talent owns it). The file itself is not kept:
-- only what was read from it, each proposal with its source line, until the talent accepts what
-- they want. Kept 30 days (expires_at), then pruned; erased with the profile.
CREATE TABLE cv_imports (
    id           uuid PRIMARY KEY,
    owner_id     text NOT NULL,
    format       text NOT NULL,
    extracted_by text NOT NULL,
    proposals    jsonb NOT NULL, -- {"items": [{id, field, value, line, source, accepted}]}
    unread       jsonb NOT NULL, -- {"lines": [{line, text}]}
    created_at   timestamptz NOT NULL,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX cv_imports_owner ON cv_imports (owner_id, created_at DESC);
CREATE INDEX cv_imports_expiry ON cv_imports (expires_at);
