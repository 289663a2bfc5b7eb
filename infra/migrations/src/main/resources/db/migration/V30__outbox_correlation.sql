-- The correlation id of the request (or event) that recorded each outbox event: it travels with the
-- event to every consumer, whose logs carry it, so one id finds everything a request caused.
ALTER TABLE outbox_events ADD COLUMN correlation_id varchar(64);
