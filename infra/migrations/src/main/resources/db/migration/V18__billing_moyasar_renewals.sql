-- Moyasar has no subscription object: Slate renews a Moyasar subscription itself, by charging the
-- card token Moyasar saved with the first payment. renews_at is when the renewal job next acts on
-- it (the period's end, then each retry while past due); null when nothing is left to do.
alter table billing_subscriptions add column renewal_token varchar(128);
alter table billing_subscriptions add column renews_at timestamptz;
create index billing_subscriptions_renewing on billing_subscriptions (renews_at) where renews_at is not null;
