-- The plan catalogue (payments owns every billing_* table). A plan is what an account may do:
-- submissions per billing period, storage, open roles, priority placement and a featured badge;
-- a null limit is unlimited. Plans are for talent, for casting accounts, or for anyone (free).
-- An admin may change a plan (it takes effect at once for everyone on it) or retire it: a retired
-- plan is offered to nobody new, and whoever holds it keeps it until they change.
create table billing_plans (
    id                    uuid primary key,
    code                  varchar(40)  not null unique,
    name                  varchar(80)  not null,
    description           varchar(500) not null default '',
    audience              varchar(10)  not null check (audience in ('ANYONE', 'TALENT', 'CASTING')),
    tier                  integer      not null check (tier >= 0),
    status                varchar(10)  not null check (status in ('ACTIVE', 'RETIRED')),
    submissions_per_month integer      check (submissions_per_month >= 0),
    storage_bytes         bigint       not null check (storage_bytes >= 0),
    open_roles            integer      check (open_roles >= 0),
    priority_placement    boolean      not null,
    featured_badge        boolean      not null,
    trial_days            integer      not null default 0 check (trial_days between 0 and 90),
    version               bigint       not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now()
);

-- A plan's monthly price in each currency it is sold in, in the currency's minor unit (halalas,
-- cents, pence): never a float. A price at a payment provider is fixed once created, so a changed
-- amount gets a new provider price; subscriptions already running keep what they agreed to.
create table billing_plan_prices (
    plan_id         uuid        not null references billing_plans (id),
    currency        char(3)     not null check (currency in ('SAR', 'USD', 'GBP', 'EUR', 'AED')),
    amount_minor    bigint      not null check (amount_minor >= 0),
    stripe_price_id varchar(64),
    primary key (plan_id, currency)
);

-- Who is on which paid plan, through which provider. COMPLIMENTARY is a plan an admin granted
-- without payment (a partner, a support gesture). At most one live subscription per account: two
-- checkouts at the same moment cannot both start one. An account with none is on the free plan.
create table billing_subscriptions (
    id                       uuid primary key,
    account_id               varchar(128) not null,
    plan_id                  uuid         not null references billing_plans (id),
    provider                 varchar(16)  not null check (provider in ('STRIPE', 'MOYASAR', 'COMPLIMENTARY')),
    provider_subscription_id varchar(128) unique,
    status                   varchar(20)  not null
        check (status in ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE', 'CANCELED', 'INCOMPLETE_EXPIRED')),
    currency                 char(3),
    amount_minor             bigint,
    current_period_start     timestamptz  not null,
    current_period_end       timestamptz,
    cancel_at_period_end     boolean      not null default false,
    trial_end                timestamptz,
    canceled_at              timestamptz,
    granted_by               varchar(128),
    version                  bigint       not null default 0,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now()
);
create unique index billing_subscriptions_one_live on billing_subscriptions (account_id)
    where status in ('INCOMPLETE', 'TRIALING', 'ACTIVE', 'PAST_DUE');
create index billing_subscriptions_by_account on billing_subscriptions (account_id, created_at);

-- The catalogue Slate starts with; admins change it from here (GET /billing/plans shows it).
insert into billing_plans (id, code, name, description, audience, tier, status, submissions_per_month, storage_bytes,
                           open_roles, priority_placement, featured_badge, trial_days) values
    ('7f3c1f2e-0000-4000-8000-000000000001', 'free', 'Free',
     'A profile with headshots and reels, ten submissions a month, three open roles for casting.',
     'ANYONE', 0, 'ACTIVE', 10, 2147483648, 3, false, false, 0),
    ('7f3c1f2e-0000-4000-8000-000000000002', 'professional', 'Professional',
     'Unlimited submissions, 20 GB for reels and self-tapes, priority placement and a featured badge.',
     'TALENT', 1, 'ACTIVE', null, 21474836480, 3, true, true, 7),
    ('7f3c1f2e-0000-4000-8000-000000000003', 'studio', 'Studio',
     'Unlimited open roles, 100 GB of media, roles placed first on the board and a featured badge.',
     'CASTING', 1, 'ACTIVE', 10, 107374182400, null, true, true, 0);

insert into billing_plan_prices (plan_id, currency, amount_minor) values
    ('7f3c1f2e-0000-4000-8000-000000000002', 'SAR', 10900),
    ('7f3c1f2e-0000-4000-8000-000000000002', 'USD', 2900),
    ('7f3c1f2e-0000-4000-8000-000000000002', 'GBP', 2300),
    ('7f3c1f2e-0000-4000-8000-000000000003', 'SAR', 112500),
    ('7f3c1f2e-0000-4000-8000-000000000003', 'USD', 29900),
    ('7f3c1f2e-0000-4000-8000-000000000003', 'GBP', 23900);
