-- Who each account is at a payment provider (Slate creates the customer, so it knows whose it is).
create table billing_customers (
    account_id           varchar(128) not null,
    provider             varchar(16)  not null check (provider in ('STRIPE', 'MOYASAR')),
    provider_customer_id varchar(128) not null unique,
    created_at           timestamptz  not null default now(),
    primary key (account_id, provider)
);

-- Every price Slate ever made at a provider and the plan it buys. Kept when a plan's amount
-- changes (the provider's price is fixed once made), so a subscription on an old price still
-- maps to its plan: a webhook grants the plan its price bought, never what its metadata claims.
create table billing_provider_prices (
    provider_price_id varchar(128) primary key,
    provider          varchar(16)  not null,
    plan_id           uuid         not null references billing_plans (id),
    currency          char(3)      not null,
    amount_minor      bigint       not null,
    created_at        timestamptz  not null default now()
);

-- A checkout: one buyer, one plan, one currency, through a provider's hosted page. One open
-- checkout per account, so two at the same moment cannot both be paid.
create table billing_checkouts (
    id                   uuid primary key,
    account_id           varchar(128)  not null,
    plan_id              uuid          not null references billing_plans (id),
    currency             char(3)       not null,
    amount_minor         bigint        not null,
    provider             varchar(16)   not null check (provider in ('STRIPE', 'MOYASAR')),
    provider_checkout_id varchar(128)  unique,
    url                  varchar(2048),
    status               varchar(12)   not null check (status in ('OPEN', 'COMPLETED', 'EXPIRED')),
    expires_at           timestamptz   not null,
    completed_at         timestamptz,
    created_at           timestamptz   not null default now()
);
create unique index billing_checkouts_one_open on billing_checkouts (account_id) where status = 'OPEN';

-- A subscription's state follows the provider object's own order, never arrival order: the
-- provider time of the snapshot last applied (Unix seconds) and, within one second, the rank of
-- its status (a subscription moves forward within a second: incomplete, trialing, active,
-- past due, cancelled).
alter table billing_subscriptions add column provider_customer_id varchar(128);
alter table billing_subscriptions add column provider_price_id varchar(128);
alter table billing_subscriptions add column provider_state_at bigint not null default 0;
alter table billing_subscriptions add column provider_state_rank integer not null default 0;

-- One row per provider bill (a Stripe invoice, a Moyasar payment), applied once whatever the
-- number of deliveries. A paid bill's VAT is the part of its amount the seller owes (prices in
-- SAR include 15% VAT). A bill that failed keeps its attempts and the next retry.
create table billing_payments (
    id                        uuid primary key,
    account_id                varchar(128),
    provider                  varchar(16)  not null,
    provider_payment_id       varchar(128) not null,
    provider_intent_id        varchar(128),
    provider_subscription_id  varchar(128),
    plan_id                   uuid         references billing_plans (id),
    status                    varchar(12)  not null check (status in ('OPEN', 'PAID', 'FAILED', 'VOID')),
    reason                    varchar(40),
    amount_minor              bigint       not null,
    currency                  char(3)      not null,
    vat_minor                 bigint       not null default 0,
    period_start              timestamptz,
    period_end                timestamptz,
    attempt_count             integer      not null default 0,
    next_attempt_at           timestamptz,
    receipt_number            varchar(40),
    paid_at                   timestamptz,
    provider_state_at         bigint       not null default 0,
    provider_state_rank       integer      not null default 0,
    created_at                timestamptz  not null default now(),
    updated_at                timestamptz  not null default now(),
    unique (provider, provider_payment_id)
);
create index billing_payments_by_account on billing_payments (account_id, created_at);
create index billing_payments_by_intent on billing_payments (provider_intent_id);

-- Refunds, keyed by the provider's refund and joined to their payment by the payment intent they
-- name, so a refund that arrives before its payment's success is kept, not lost.
create table billing_refunds (
    id                 uuid primary key,
    provider           varchar(16)  not null,
    provider_refund_id varchar(128) not null unique,
    provider_intent_id varchar(128) not null,
    amount_minor       bigint       not null,
    currency           char(3)      not null,
    status             varchar(12)  not null check (status in ('PENDING', 'SUCCEEDED', 'FAILED', 'CANCELED')),
    reason             varchar(40),
    requested_by       varchar(128),
    provider_state_at  bigint       not null default 0,
    provider_state_rank integer     not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now()
);
create index billing_refunds_by_intent on billing_refunds (provider_intent_id);
