-- A talent's audition preparation for one of their submissions (casting owns it). Private to the
-- talent: no route of the casting team reads it. Prepared again, it is replaced.
CREATE TABLE preparation_packs (
    submission_id uuid PRIMARY KEY REFERENCES submissions (id) ON DELETE CASCADE,
    talent_id     text NOT NULL,
    pack          jsonb NOT NULL,
    extracted_by  text NOT NULL,
    prepared_at   timestamptz NOT NULL
);
CREATE INDEX preparation_packs_talent ON preparation_packs (talent_id);
