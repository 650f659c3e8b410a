-- Where a formal notice to an organisation goes: the addresses staff keep for it (its data
-- protection officer's, its legal department's), each with the language to write to it in.
-- cases-service keeps a copy (event organisation.changed), so that a case's respondent carries them.
create table organisation_contact (
    id              uuid        primary key,
    organisation_id uuid        not null references organisation (id),
    role            text        not null check (role in ('DPO', 'LEGAL', 'GENERAL')),
    email           text        not null check (length(email) between 3 and 254),
    language        text        not null check (language in ('en', 'de', 'fr')),
    created_at      timestamptz not null,
    unique (organisation_id, email)
);
create index organisation_contact_organisation on organisation_contact (organisation_id, created_at);

-- Each change of an organisation (a contact added or removed) counts up its version, and the event
-- organisation.changed carries it; announced_version is the version last published (null: never,
-- as for the organisations seeded before this migration: published once at start-up).
alter table organisation add column version bigint not null default 0;
alter table organisation add column announced_version bigint;
