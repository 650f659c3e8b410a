-- A copy of complaints-service's list of organisations (event organisation.changed), with the
-- addresses a formal notice to each goes to and the language to write in. A case whose respondent
-- is one of them (by name, case-insensitively) shows them.
create table respondent_organisation (
    id         uuid        primary key,
    name       text        not null,
    country    text        not null,
    eu_entity  boolean     not null,
    contacts   jsonb       not null,  -- [{"role": "DPO", "email": "...", "language": "en"}, ...]
    version    bigint      not null,  -- complaints-service's version of the organisation; older events are ignored
    updated_at timestamptz not null
);
create index respondent_organisation_name on respondent_organisation (lower(name));
