-- The language a project's casting material is written in (its role fliers, for now): a BCP 47
-- tag of a language Slate has wording for, with an optional region that sets dates and numbers.
alter table projects add column locale text not null default 'en'
    check (locale ~ '^(en|ar|fr|es)(-[A-Z]{2})?$');
