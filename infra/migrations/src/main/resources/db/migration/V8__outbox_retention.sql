-- The relay's scheduled sweep deletes published events past the retention window (and pending
-- ones nobody took in that time); this index keeps that delete from scanning the whole table.
create index outbox_published on outbox_events (published_at) where published_at is not null;
