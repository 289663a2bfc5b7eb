-- The last day a person used Slate (signed in or renewed a session), at day precision: talent
-- search ranks recently active talent higher. Written at most once a day per account.
ALTER TABLE accounts ADD COLUMN active_on date;
