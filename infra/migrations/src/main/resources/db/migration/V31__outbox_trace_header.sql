-- X-Ray's trace header of the invocation that recorded each outbox event: the relay sends it as the
-- SQS message's AWSTraceHeader, so the consumer's invocation joins the same trace.
ALTER TABLE outbox_events ADD COLUMN trace_header varchar(256);
