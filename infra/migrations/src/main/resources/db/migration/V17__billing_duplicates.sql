-- A second paid subscription for an account that already pays (two checkout pages paid, an old
-- one after its replacement) is a duplicate: it grants nothing, and Slate cancels and refunds it at
-- the provider. Only subscriptions that are not duplicates count as the account's one live plan.
alter table billing_subscriptions add column duplicate_of uuid references billing_subscriptions (id);
drop index billing_subscriptions_one_live;
create unique index billing_subscriptions_one_live on billing_subscriptions (account_id)
    where status in ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE') and duplicate_of is null;
