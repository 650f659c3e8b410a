-- The intake issue's lifecycle: verification by email, a secret status link, attachments,
-- campaigns, staff triage with an audit trail, and erasure that keeps an anonymous statistic.

-- Campaigns: a collective action against one company, with its own landing page /c/{slug}.
create table campaign (
    id                        uuid        primary key,
    slug                      text        not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                     text        not null,
    organisation_id           uuid        not null references organisation (id),
    category                  text        not null,
    description               text        not null,
    collective_action_consent text        not null,  -- the mandate's wording shown on the landing page
    open                      boolean     not null,
    created_at                timestamptz not null,
    updated_at                timestamptz not null,
    version                   bigint      not null
);

-- status: RECEIVED (email not confirmed yet), VERIFIED, UNDER_REVIEW, LINKED (part of a case),
-- DUPLICATE, SPAM, CLOSED, ERASED (personal data deleted; reference, company, category, country,
-- campaign and dates stay as an anonymous statistic).
alter table complaint
    alter column name  drop not null,
    alter column email drop not null,
    alter column text  drop not null,
    add column status_token_hash bytea unique,         -- SHA-256 of the secret status link's token
    add column verified_at       timestamptz,
    add column campaign_id       uuid references campaign (id),
    add column case_reference    text,                 -- the case it is part of (cases-service)
    add column duplicate_of      uuid references complaint (id),
    add column erased_at         timestamptz,
    -- full-text search over the text in the complainant's language
    add column search            tsvector generated always as (
        to_tsvector(case language when 'de' then 'german'::regconfig
                                  when 'fr' then 'french'::regconfig
                                  else 'english'::regconfig end,
                    coalesce(text, ''))) stored;

create index complaint_search on complaint using gin (search);
create index complaint_status_submitted on complaint (status, submitted_at desc);
create index complaint_campaign on complaint (campaign_id, status);
create index complaint_email on complaint (lower(email)) where email is not null;
create index complaint_unverified on complaint (submitted_at) where status = 'RECEIVED';

-- Evidence: stored in the complaint's own transaction, so both commit together or not at all.
create table attachment (
    id           uuid        primary key,
    complaint_id uuid        not null references complaint (id) on delete cascade,
    position     integer     not null,
    file_name    text        not null,   -- as uploaded, shown escaped and sent back quoted
    media_type   text        not null,   -- decided from the content: application/pdf, image/png, image/jpeg, text/plain
    size_bytes   bigint      not null,
    sha256       bytea       not null,
    content      bytea       not null,
    created_at   timestamptz not null,
    unique (complaint_id, position)
);

-- Every staff change of a complaint: who, when, what.
create table complaint_audit (
    id           uuid        primary key,
    complaint_id uuid        not null references complaint (id) on delete cascade,
    actor        text        not null,
    action       text        not null,
    detail       text,
    at           timestamptz not null
);
create index complaint_audit_complaint on complaint_audit (complaint_id, at);
