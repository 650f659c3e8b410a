-- The full complaint of the intake issue, and the consents given with it.
-- country, service and started_on are required by the API and the form; they stay nullable here
-- only for the walking skeleton's complaints stored before this migration.
alter table complaint
    add column country         text,                                 -- ISO 3166-1 alpha-2, EU/EEA
    add column organisation_id uuid references organisation (id),    -- null when the company was typed in
    add column service         text,                                 -- e.g. Instagram
    add column category        text    not null default 'OTHER',
    add column started_on      date,
    add column contacted       boolean not null default false,       -- already contacted/objected to the company
    add column contacted_on    date;                                 -- null unless contacted
alter table complaint
    alter column category drop default,
    alter column contacted drop default;
create index complaint_organisation_id on complaint (organisation_id);

-- One row per consent given: the exact wording shown, its version and language, and when.
-- Withdrawing an optional consent sets withdrawn_at; giving it again later adds a new row.
create table consent (
    id              uuid        primary key,
    complaint_id    uuid        not null references complaint (id) on delete cascade,
    kind            text        not null check (kind in ('PROCESSING', 'COLLECTIVE_ACTION', 'UPDATES')),
    wording_version text        not null,
    wording         text        not null,
    language        text        not null,
    given_at        timestamptz not null,
    withdrawn_at    timestamptz
);

-- at most one valid consent of a kind per complaint; also the lookup of a complaint's consents
create unique index consent_valid on consent (complaint_id, kind) where withdrawn_at is null;
create index consent_complaint_id on consent (complaint_id);
