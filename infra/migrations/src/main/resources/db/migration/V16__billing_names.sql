-- The name and country a buyer gives at checkout, printed on their receipts (a company, or a
-- person's legal name, which need not be the name on their profile).
alter table billing_customers add column billing_name varchar(120);
alter table billing_customers add column country char(2);
