-- A change of plan a Moyasar subscriber chose for the end of their period: the renewal charges
-- this price instead, and the subscription takes its plan once that renewal is paid.
alter table billing_subscriptions add column next_provider_price_id varchar(128);
