-- Every AI answer says what produced it: 'rules' (Slate's embedded default, no model) or the id of
-- the Bedrock model that refined it. scripts.drafted_by (INTRODUCTION/BEDROCK, 16 characters) stays
-- for the functions still deployed during a canary; it is dropped once none reads it.
ALTER TABLE scripts ADD COLUMN extracted_by varchar(128);
UPDATE scripts SET extracted_by = CASE drafted_by WHEN 'INTRODUCTION' THEN 'rules' WHEN 'BEDROCK' THEN 'bedrock' END
    WHERE drafted_by IS NOT NULL;

-- Drafts read before this release were all read by Bedrock, and so are those the casting-call-ingest
-- still deployed during a canary (or after a rollback) writes without the column: the default stays
-- until a later migration, once no such function runs.
ALTER TABLE casting_call_drafts ADD COLUMN extracted_by varchar(128) NOT NULL DEFAULT 'bedrock';
